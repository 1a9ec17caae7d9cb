package org.palermo.deskreview;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One item of a review's list of observations, on one article. Each change raises its
 * revision; the service keeps every revision with its diff.
 */
@Entity
@Table(name = "observation_item")
public class ObservationItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	private Long articleId;

	@Enumerated(EnumType.STRING)
	@Column(name = "observation_type")
	private ObservationType type;

	private String body;

	private int revision;

	private boolean removed;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected ObservationItem() {
	}

	ObservationItem(long reviewId, long articleId, ObservationType type, String body, String by, Instant at) {
		this.reviewId = reviewId;
		this.articleId = articleId;
		this.type = type;
		this.body = body;
		this.revision = 1;
		this.createdBy = by;
		this.createdAt = at;
	}

	/** A new wording or type: a new revision. */
	void change(ObservationType newType, String newBody) {
		requireCurrent();
		if (newType == this.type && newBody.equals(this.body)) {
			throw new DeskReviewRefusedException("observations.error.unchanged");
		}
		this.type = newType;
		this.body = newBody;
		this.revision++;
	}

	/** Taken off the list; its history stays. */
	void remove() {
		requireCurrent();
		this.removed = true;
		this.revision++;
	}

	private void requireCurrent() {
		if (this.removed) {
			throw new DeskReviewRefusedException("observations.error.removed");
		}
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

	public ObservationType getType() {
		return this.type;
	}

	public String getBody() {
		return this.body;
	}

	public int getRevision() {
		return this.revision;
	}

	public boolean isRemoved() {
		return this.removed;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
