package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A member of the Extended Bureau objects to an application, saying why. */
@Entity
public class DialogueObjection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private Long bureauMemberId;

	private String reason;

	private Instant objectedAt;

	protected DialogueObjection() {
	}

	DialogueObjection(long applicationId, long bureauMemberId, String reason, Instant at) {
		this.applicationId = applicationId;
		this.bureauMemberId = bureauMemberId;
		this.reason = reason;
		this.objectedAt = at;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Long getBureauMemberId() {
		return this.bureauMemberId;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getObjectedAt() {
		return this.objectedAt;
	}

}
