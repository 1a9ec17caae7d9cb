package org.palermo.capacity;

/** What a resource of the capacity-building library is. */
public enum ResourceKind {

	GUIDE, TRAINING_COURSE, TOOLKIT, VIDEO;

	public String labelKey() {
		return "capacity.kind." + name();
	}

}
