package org.palermo.deskreview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The summary in one more language, made from one revision of the source: stale once the
 * source has changed since.
 */
@Entity
@Table(name = "summary_translation")
public class SummaryTranslation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long summaryId;

	private String language;

	private String body;

	private int sourceRevision;

	private String translatedBy;

	private Instant translatedAt;

	@Version
	private long version;

	protected SummaryTranslation() {
	}

	SummaryTranslation(SummaryDocument summary, String language) {
		this.summaryId = summary.getId();
		this.language = language;
	}

	void enter(String newBody, int fromRevision, String by, Instant at) {
		this.body = newBody;
		this.sourceRevision = fromRevision;
		this.translatedBy = by;
		this.translatedAt = at;
	}

	/** Whether the source changed after this translation was made. */
	public boolean isStaleAgainst(SummaryDocument source) {
		return this.sourceRevision != source.getRevision();
	}

	public Long getId() {
		return this.id;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getBody() {
		return this.body;
	}

	public int getSourceRevision() {
		return this.sourceRevision;
	}

	public String getTranslatedBy() {
		return this.translatedBy;
	}

	public Instant getTranslatedAt() {
		return this.translatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
