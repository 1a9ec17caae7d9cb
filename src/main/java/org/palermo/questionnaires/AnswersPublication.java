package org.palermo.questionnaires;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Whether the State under review published its answers to one review's questionnaire, as
 * last decided.
 */
@Entity
@Table(name = "questionnaire_answers_publication")
class AnswersPublication {

	@Id
	private Long reviewId;

	private boolean published;

	private String decidedBy;

	private Instant decidedAt;

	protected AnswersPublication() {
	}

	AnswersPublication(long reviewId) {
		this.reviewId = reviewId;
	}

	/**
	 * Records a decision; one older than the decision kept (events arriving out of order)
	 * changes nothing.
	 */
	void decide(boolean published, String by, Instant at) {
		if (this.decidedAt != null && at.isBefore(this.decidedAt)) {
			return;
		}
		this.published = published;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	boolean isPublished() {
		return this.published;
	}

	Long getReviewId() {
		return this.reviewId;
	}

}
