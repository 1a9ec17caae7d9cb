package org.palermo.civilsociety;

/** Where an application to a constructive dialogue stands. */
public enum ApplicationDecision {

	/** The Extended Bureau may still object. */
	PENDING,
	/** No objection within the period: the application stands approved. */
	APPROVED,
	/** A member of the Extended Bureau objected within the period. */
	NOT_APPROVED;

	public String labelKey() {
		return "civilsociety.decision." + name();
	}

}
