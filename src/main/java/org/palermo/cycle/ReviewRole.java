package org.palermo.cycle;

/** What a person does for their State in one country review. */
public enum ReviewRole {

	/** Coordinates and clears every submission of the State; one at a time. */
	FOCAL_POINT,
	/** A governmental expert who drafts. */
	EXPERT,
	/** May only read. */
	OBSERVER;

	public String labelKey() {
		return "reviewRole." + name();
	}

}
