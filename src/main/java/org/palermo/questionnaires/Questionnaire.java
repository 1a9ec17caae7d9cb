package org.palermo.questionnaires;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.palermo.system.UserInputException;

/**
 * The State under review's questionnaire in one country review, on one published template
 * version. Submitted, it is frozen and stamped; only the secretariat reopens it.
 */
@Entity
public class Questionnaire {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	private Long templateId;

	@Enumerated(EnumType.STRING)
	private QuestionnaireStatus status;

	private Instant submittedAt;

	private String submittedBy;

	private Instant reopenedAt;

	private String reopenedBy;

	private String reopenReason;

	@Version
	private long version;

	protected Questionnaire() {
	}

	Questionnaire(long reviewId, long templateId) {
		this.reviewId = reviewId;
		this.templateId = templateId;
		this.status = QuestionnaireStatus.DRAFT;
	}

	/**
	 * The focal point clears the answers and submits them: from now on they are frozen.
	 */
	void submit(String by, Instant at) {
		if (this.status != QuestionnaireStatus.DRAFT) {
			throw new UserInputException("questionnaire.error.submitted");
		}
		this.status = QuestionnaireStatus.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	/** The secretariat reopens the submitted answers, for a reason. */
	void reopen(String by, Instant at, String reason) {
		if (this.status != QuestionnaireStatus.SUBMITTED) {
			throw new UserInputException("questionnaire.error.notSubmitted");
		}
		if (reason == null || reason.isBlank()) {
			throw new UserInputException("questionnaire.error.reasonRequired");
		}
		if (reason.length() > 500) {
			throw new UserInputException("questionnaire.error.reasonLength");
		}
		this.status = QuestionnaireStatus.DRAFT;
		this.reopenedBy = by;
		this.reopenedAt = at;
		this.reopenReason = reason.strip();
	}

	/** The draft moves to a newer template version (its answers mapped by the caller). */
	void moveToTemplate(long newTemplateId) {
		requireDraft();
		this.templateId = newTemplateId;
	}

	/** Refuses any change to a submitted questionnaire. */
	void requireDraft() {
		if (this.status != QuestionnaireStatus.DRAFT) {
			throw new UserInputException("questionnaire.error.submitted");
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public Long getTemplateId() {
		return this.templateId;
	}

	public QuestionnaireStatus getStatus() {
		return this.status;
	}

	public boolean isSubmitted() {
		return this.status == QuestionnaireStatus.SUBMITTED;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getReopenedAt() {
		return this.reopenedAt;
	}

	public String getReopenedBy() {
		return this.reopenedBy;
	}

	public String getReopenReason() {
		return this.reopenReason;
	}

	public long getVersion() {
		return this.version;
	}

}
