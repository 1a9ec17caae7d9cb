package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An organisation's application to a constructive dialogue. It stands approved unless a
 * member of the Extended Bureau objects before {@code objectionsUntil}.
 */
@Entity
public class DialogueApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long dialogueId;

	private Long organisationId;

	private String attendees;

	private String expertise;

	private boolean travelSupport;

	private String travelReason;

	private Long submittedBy;

	private Instant submittedAt;

	private Instant objectionsUntil;

	@Enumerated(EnumType.STRING)
	private ApplicationDecision decision;

	private String decisionReason;

	private Instant decidedAt;

	private Instant remindedAt;

	@Version
	private long version;

	protected DialogueApplication() {
	}

	DialogueApplication(long dialogueId, long organisationId, ApplicationForm form, long submittedBy, Instant now,
			Instant objectionsUntil) {
		this.dialogueId = dialogueId;
		this.organisationId = organisationId;
		this.attendees = form.attendees().strip();
		this.expertise = form.expertise().strip();
		this.travelSupport = form.travelSupport();
		this.travelReason = (form.travelSupport() && form.travelReason() != null && !form.travelReason().isBlank())
				? form.travelReason().strip() : null;
		this.submittedBy = submittedBy;
		this.submittedAt = now;
		this.objectionsUntil = objectionsUntil;
		this.decision = ApplicationDecision.PENDING;
	}

	/** Whether the Extended Bureau may still object at this instant. */
	public boolean isOpenForObjections(Instant now) {
		return this.decision == ApplicationDecision.PENDING && now.isBefore(this.objectionsUntil);
	}

	/** Whether the objection period is over and the decision not yet recorded. */
	boolean isDue(Instant now) {
		return this.decision == ApplicationDecision.PENDING && !now.isBefore(this.objectionsUntil);
	}

	/** Records the outcome of the objection period, with its reasons. */
	void decide(boolean objected, String reasons, Instant now) {
		this.decision = objected ? ApplicationDecision.NOT_APPROVED : ApplicationDecision.APPROVED;
		this.decisionReason = reasons;
		this.decidedAt = now;
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getDialogueId() {
		return this.dialogueId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public String getExpertise() {
		return this.expertise;
	}

	public boolean isTravelSupport() {
		return this.travelSupport;
	}

	public String getTravelReason() {
		return this.travelReason;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getObjectionsUntil() {
		return this.objectionsUntil;
	}

	public ApplicationDecision getDecision() {
		return this.decision;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
