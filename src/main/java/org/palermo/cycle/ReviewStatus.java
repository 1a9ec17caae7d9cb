package org.palermo.cycle;

/** Where a country review stands. */
public enum ReviewStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED;

	public String labelKey() {
		return "reviewStatus." + name();
	}

}
