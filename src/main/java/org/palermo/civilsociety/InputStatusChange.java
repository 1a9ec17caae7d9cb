package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of an input's status, as its organisation sees the history. */
@Entity
@Table(name = "country_input_status_change")
public class InputStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long inputId;

	@Enumerated(EnumType.STRING)
	private InputStatus status;

	private String reason;

	private String observationReference;

	private Instant changedAt;

	protected InputStatusChange() {
	}

	InputStatusChange(CountryInput input, Instant at) {
		this.inputId = input.getId();
		this.status = input.getStatus();
		this.reason = input.getStatusReason();
		this.observationReference = input.getObservationReference();
		this.changedAt = at;
	}

	public InputStatus getStatus() {
		return this.status;
	}

	public String getReason() {
		return this.reason;
	}

	public String getObservationReference() {
		return this.observationReference;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
