package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.palermo.documents.PrivateFileStore;

/** A document in a group's shared space; its bytes live in the documents storage. */
@Entity
@Table(name = "national_group_file")
public class GroupFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long groupId;

	private Long organisationId;

	private String title;

	private String storageKey;

	private String fileName;

	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private Instant uploadedAt;

	protected GroupFile() {
	}

	GroupFile(long groupId, long organisationId, String title, PrivateFileStore.StoredBytes file, Instant now) {
		this.groupId = groupId;
		this.organisationId = organisationId;
		this.title = title;
		this.storageKey = file.key();
		this.fileName = file.fileName();
		this.mediaType = file.mediaType();
		this.size = file.size();
		this.sha256 = file.sha256();
		this.uploadedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getTitle() {
		return this.title;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getSize() {
		return this.size;
	}

	String getSha256() {
		return this.sha256;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
