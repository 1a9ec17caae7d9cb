package org.palermo.cycle;

/**
 * A reviewing State comes from the State under review's own regional group or from
 * another one.
 */
public enum ReviewerSlot {

	SAME_GROUP, OTHER_GROUP;

	public String labelKey() {
		return "slot." + name();
	}

}
