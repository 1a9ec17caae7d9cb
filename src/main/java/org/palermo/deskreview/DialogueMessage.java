package org.palermo.deskreview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One message of the dialogue on an article: opening a thread, or replying to one; from
 * the State under review, a reviewing State or the secretariat.
 */
@Entity
@Table(name = "dialogue_message")
public class DialogueMessage {

	/** Who speaks. */
	public enum Side {

		STATE_UNDER_REVIEW, REVIEWERS, SECRETARIAT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	private Long articleId;

	private Long threadId;

	@Enumerated(EnumType.STRING)
	private Side side;

	private String partyCode;

	private String body;

	private String writtenBy;

	private Instant writtenAt;

	protected DialogueMessage() {
	}

	DialogueMessage(long reviewId, long articleId, Long threadId, Side side, String partyCode, String body, String by,
			Instant at) {
		this.reviewId = reviewId;
		this.articleId = articleId;
		this.threadId = threadId;
		this.side = side;
		this.partyCode = partyCode;
		this.body = body;
		this.writtenBy = by;
		this.writtenAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	/** The message that opened the thread; null for an opening message. */
	public Long getThreadId() {
		return this.threadId;
	}

	public Side getSide() {
		return this.side;
	}

	public String getPartyCode() {
		return this.partyCode;
	}

	public String getBody() {
		return this.body;
	}

	public String getWrittenBy() {
		return this.writtenBy;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

}
