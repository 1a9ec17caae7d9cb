package org.palermo.questionnaires;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to the answer of one question as evidence; its bytes are in the
 * documents module's storage, readable as the answers are (READ_ANSWERS).
 */
@Entity
@Table(name = "questionnaire_evidence")
public class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long questionnaireId;

	private String questionKey;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private String storageKey;

	private String uploadedBy;

	private Instant uploadedAt;

	protected Evidence() {
	}

	Evidence(long questionnaireId, String questionKey, String fileName, String mediaType, long sizeBytes, String sha256,
			String storageKey, String uploadedBy, Instant uploadedAt) {
		this.questionnaireId = questionnaireId;
		this.questionKey = questionKey;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getQuestionnaireId() {
		return this.questionnaireId;
	}

	public String getQuestionKey() {
		return this.questionKey;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	/** The size for people: bytes, KB or MB. */
	public String displaySize() {
		if (this.sizeBytes < 1024) {
			return this.sizeBytes + " B";
		}
		if (this.sizeBytes < 1024 * 1024) {
			return (this.sizeBytes / 1024) + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
	}

}
