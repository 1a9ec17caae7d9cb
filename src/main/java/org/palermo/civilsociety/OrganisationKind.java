package org.palermo.civilsociety;

/** The kinds of stakeholder the Mechanism invites. */
public enum OrganisationKind {

	NGO, ACADEMIA, PRIVATE_SECTOR, SURVIVOR_LED, COALITION;

	public String labelKey() {
		return "organisationKind." + name();
	}

}
