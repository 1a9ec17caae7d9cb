package org.palermo.deskreview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One reviewing State's written feedback on one article: successes and good practices,
 * challenges and gaps, questions. Drafted by its experts, sent by its focal point; once
 * sent it no longer changes.
 */
@Entity
@Table(name = "feedback_entry")
public class FeedbackEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	private String partyCode;

	private Long articleId;

	private String goodPractices;

	private String challenges;

	private String questions;

	@Enumerated(EnumType.STRING)
	private FeedbackStatus status;

	private String updatedBy;

	private Instant updatedAt;

	private String sentBy;

	private Instant sentAt;

	@Version
	private long version;

	protected FeedbackEntry() {
	}

	FeedbackEntry(long reviewId, String partyCode, long articleId) {
		this.reviewId = reviewId;
		this.partyCode = partyCode;
		this.articleId = articleId;
		this.status = FeedbackStatus.DRAFT;
		this.goodPractices = "";
		this.challenges = "";
		this.questions = "";
	}

	/** The experts' text replaces the draft; sent feedback stays as it was sent. */
	void draft(String goodPractices, String challenges, String questions, String by, Instant at) {
		if (this.status == FeedbackStatus.SENT) {
			throw new DeskReviewRefusedException("feedback.error.alreadySent");
		}
		this.goodPractices = goodPractices;
		this.challenges = challenges;
		this.questions = questions;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** The focal point clears and sends it to the State under review. */
	void send(String by, Instant at) {
		if (this.status == FeedbackStatus.SENT) {
			throw new DeskReviewRefusedException("feedback.error.alreadySent");
		}
		this.status = FeedbackStatus.SENT;
		this.sentBy = by;
		this.sentAt = at;
	}

	boolean isEmpty() {
		return this.goodPractices.isBlank() && this.challenges.isBlank() && this.questions.isBlank();
	}

	/** What the audit trail keeps. */
	Snapshot snapshot() {
		return new Snapshot(this.partyCode, this.articleId, this.goodPractices, this.challenges, this.questions,
				this.status);
	}

	record Snapshot(String party, Long articleId, String goodPractices, String challenges, String questions,
			FeedbackStatus status) {
	}

	public Long getId() {
		return this.id;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public String getPartyCode() {
		return this.partyCode;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public String getGoodPractices() {
		return this.goodPractices;
	}

	public String getChallenges() {
		return this.challenges;
	}

	public String getQuestions() {
		return this.questions;
	}

	public FeedbackStatus getStatus() {
		return this.status;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getSentBy() {
		return this.sentBy;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public long getVersion() {
		return this.version;
	}

}
