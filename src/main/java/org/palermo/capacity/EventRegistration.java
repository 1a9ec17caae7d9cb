package org.palermo.capacity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organisation's registration for an event: who attends, and its seat or place in the
 * queue.
 */
@Entity
@Table(name = "capacity_registration")
public class EventRegistration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long eventId;

	private Long organisationId;

	private Long registeredBy;

	private String attendee;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private Instant queuedAt;

	private Instant changedAt;

	protected EventRegistration() {
	}

	EventRegistration(long eventId, long organisationId) {
		this.eventId = eventId;
		this.organisationId = organisationId;
		this.status = RegistrationStatus.CANCELLED;
	}

	/** Registers (again): a seat if one is free, else the end of the waiting list. */
	void register(long accountId, String attendee, boolean seatFree, Instant now) {
		this.registeredBy = accountId;
		this.attendee = attendee;
		this.status = seatFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
		this.queuedAt = now;
		this.changedAt = now;
	}

	void cancel(Instant now) {
		this.status = RegistrationStatus.CANCELLED;
		this.changedAt = now;
	}

	void promote(Instant now) {
		if (this.status != RegistrationStatus.WAITING) {
			throw new IllegalStateException("only a waiting registration gets a seat");
		}
		this.status = RegistrationStatus.CONFIRMED;
		this.changedAt = now;
	}

	public boolean isActive() {
		return this.status != RegistrationStatus.CANCELLED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getEventId() {
		return this.eventId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getRegisteredBy() {
		return this.registeredBy;
	}

	public String getAttendee() {
		return this.attendee;
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	public Instant getQueuedAt() {
		return this.queuedAt;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
