package org.palermo.accounts;

/** What a person does in the Mechanism. */
public enum Role {

	/** UNODC staff who run the cycle and administer Palermo. */
	SECRETARIAT,
	/** The one person who coordinates and clears a State's submissions. */
	FOCAL_POINT,
	/** A governmental expert of a State who drafts. */
	EXPERT,
	/** A State's observer, often Permanent Mission staff, who may only read. */
	OBSERVER,
	/** A member of a civil society organisation. */
	CIVIL_SOCIETY,
	/** A member of the Extended Bureau. */
	BUREAU;

	/** Whether a person in this role acts for one State party. */
	public boolean isBoundToParty() {
		return this == FOCAL_POINT || this == EXPERT || this == OBSERVER;
	}

	/** Whether a person in this role belongs to an organisation. */
	public boolean isBoundToOrganisation() {
		return this == CIVIL_SOCIETY;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String labelKey() {
		return "role." + name();
	}

}
