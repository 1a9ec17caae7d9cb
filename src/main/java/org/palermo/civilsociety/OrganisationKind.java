package org.palermo.civilsociety;

import java.util.List;

/** The kinds of stakeholder the Mechanism invites. */
public enum OrganisationKind {

	NGO, ACADEMIA, PRIVATE_SECTOR, SURVIVOR_LED, COALITION, OTHER;

	/** The kinds an organisation chooses from when it registers itself. */
	public static final List<OrganisationKind> REGISTRABLE = List.of(NGO, ACADEMIA, PRIVATE_SECTOR, OTHER);

	public String labelKey() {
		return "organisationKind." + name();
	}

}
