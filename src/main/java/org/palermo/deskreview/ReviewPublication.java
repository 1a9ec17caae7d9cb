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
import org.palermo.cycle.ReviewDocument;

/**
 * The State under review's decision on one document of its review: published (with the
 * snapshot of what was published) or not.
 */
@Entity
@Table(name = "review_publication")
public class ReviewPublication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	@Enumerated(EnumType.STRING)
	private ReviewDocument document;

	private boolean published;

	private String content;

	private String decidedBy;

	private Instant decidedAt;

	@Version
	private long version;

	protected ReviewPublication() {
	}

	ReviewPublication(long reviewId, ReviewDocument document) {
		this.reviewId = reviewId;
		this.document = document;
	}

	void publish(String snapshot, String by, Instant at) {
		this.published = true;
		this.content = snapshot;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void withdraw(String by, Instant at) {
		this.published = false;
		this.content = null;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public ReviewDocument getDocument() {
		return this.document;
	}

	public boolean isPublished() {
		return this.published;
	}

	String getContent() {
		return this.content;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
