package org.palermo.civilsociety;

/** Where an organisation's registration stands with the secretariat. */
public enum OrganisationStatus {

	PENDING, VERIFIED, REJECTED;

	public String labelKey() {
		return "civilsociety.organisationStatus." + name();
	}

}
