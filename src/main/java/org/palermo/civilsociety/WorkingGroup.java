package org.palermo.civilsociety;

/**
 * The themes of the Conference's working groups: what a constructive dialogue is about,
 * and an organisation's expertise.
 */
public enum WorkingGroup {

	TRAFFICKING_IN_PERSONS, SMUGGLING_OF_MIGRANTS, FIREARMS, INTERNATIONAL_COOPERATION, TECHNICAL_ASSISTANCE;

	public String labelKey() {
		return "civilsociety.theme." + name();
	}

}
