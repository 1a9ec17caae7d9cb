package org.palermo.civilsociety;

/** Who an organisation lets read its input on a country review. */
public enum InputReach {

	/** Anyone, once the secretariat has shared it. */
	PUBLIC,
	/** The States of that review (their focal points, experts, observers). */
	REVIEW_STATES,
	/** The secretariat only. */
	SECRETARIAT_ONLY;

	public String labelKey() {
		return "civilsociety.reach." + name();
	}

}
