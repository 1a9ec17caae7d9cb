package org.palermo.parties;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An uploaded participation file, kept so the secretariat previews exactly what it
 * applies.
 */
@Entity
public class ParticipationImport {

	/** Where an uploaded file stands. */
	public enum Status {

		PENDING, APPLIED, DISCARDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileName;

	private String content;

	private String uploadedBy;

	private Instant uploadedAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String appliedBy;

	private Instant appliedAt;

	@Version
	private long version;

	protected ParticipationImport() {
	}

	ParticipationImport(String fileName, String content, String uploadedBy, Instant uploadedAt) {
		this.fileName = fileName;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
		this.status = Status.PENDING;
	}

	void apply(String by, Instant at) {
		if (this.status != Status.PENDING) {
			throw new IllegalStateException("import " + this.id + " is " + this.status);
		}
		this.status = Status.APPLIED;
		this.appliedBy = by;
		this.appliedAt = at;
	}

	void discard() {
		if (this.status != Status.PENDING) {
			throw new IllegalStateException("import " + this.id + " is " + this.status);
		}
		this.status = Status.DISCARDED;
	}

	public Long getId() {
		return this.id;
	}

	public String getFileName() {
		return this.fileName;
	}

	String getContent() {
		return this.content;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getAppliedBy() {
		return this.appliedBy;
	}

	public Instant getAppliedAt() {
		return this.appliedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
