package org.palermo.capacity;

/** Where an organisation's registration for an event stands. */
public enum RegistrationStatus {

	/** Holds a seat. */
	CONFIRMED,
	/** The event was full: waits for a seat, in order of registration. */
	WAITING,
	/** Cancelled by the organisation. */
	CANCELLED;

	public String labelKey() {
		return "capacity.status." + name();
	}

}
