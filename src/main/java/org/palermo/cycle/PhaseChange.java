package org.palermo.cycle;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a review's phase: the review's timeline. */
@Entity
@Table(name = "country_review_phase_change")
public class PhaseChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	@Enumerated(EnumType.STRING)
	private ReviewPhase fromPhase;

	@Enumerated(EnumType.STRING)
	private ReviewPhase toPhase;

	private String reason;

	private String changedBy;

	private Instant changedAt;

	protected PhaseChange() {
	}

	PhaseChange(Long reviewId, ReviewPhase fromPhase, ReviewPhase toPhase, String reason, String changedBy,
			Instant changedAt) {
		this.reviewId = reviewId;
		this.fromPhase = fromPhase;
		this.toPhase = toPhase;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public ReviewPhase getFromPhase() {
		return this.fromPhase;
	}

	public ReviewPhase getToPhase() {
		return this.toPhase;
	}

	public String getReason() {
		return this.reason;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
