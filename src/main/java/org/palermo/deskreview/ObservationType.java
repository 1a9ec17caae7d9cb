package org.palermo.deskreview;

/** What an item of the list of observations says. */
public enum ObservationType {

	GAP_OR_CHALLENGE, GOOD_PRACTICE, SUGGESTION, TECHNICAL_ASSISTANCE_NEED;

	public String labelKey() {
		return "observations.type." + name();
	}

}
