package org.palermo.deskreview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The summary of one review, in the language it is drafted in; each change raises its
 * revision.
 */
@Entity
@Table(name = "summary_document")
public class SummaryDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	private String sourceLanguage;

	private String body;

	private int revision;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected SummaryDocument() {
	}

	SummaryDocument(long reviewId, String sourceLanguage, String body, String by, Instant at) {
		this.reviewId = reviewId;
		this.sourceLanguage = sourceLanguage;
		this.body = body;
		this.revision = 1;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void rewrite(String newBody, String by, Instant at) {
		if (newBody.equals(this.body)) {
			throw new DeskReviewRefusedException("summary.error.unchanged");
		}
		this.body = newBody;
		this.revision++;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public String getSourceLanguage() {
		return this.sourceLanguage;
	}

	public String getBody() {
		return this.body;
	}

	public int getRevision() {
		return this.revision;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
