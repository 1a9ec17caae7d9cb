package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.palermo.documents.PrivateFileStore;

/**
 * A file attached to country input. Nothing here names who uploaded it: the input's
 * organisation is known only through the input, where the reader may know it.
 */
@Entity
@Table(name = "country_input_file")
public class InputFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long inputId;

	private String storageKey;

	private String fileName;

	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private Instant uploadedAt;

	protected InputFile() {
	}

	InputFile(long inputId, PrivateFileStore.StoredBytes file, Instant now) {
		this.inputId = inputId;
		this.storageKey = file.key();
		this.fileName = file.fileName();
		this.mediaType = file.mediaType();
		this.size = file.size();
		this.sha256 = file.sha256();
		this.uploadedAt = now;
	}

	/**
	 * The name to show a reader: the uploaded name only to those who may know the
	 * organisation (a file name can carry it); for anyone else one made from the input.
	 */
	public String nameFor(boolean named, int position) {
		if (named) {
			return this.fileName;
		}
		String extension = switch (this.mediaType) {
			case "application/pdf" -> "pdf";
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
			case "application/vnd.oasis.opendocument.text" -> "odt";
			case "text/html" -> "html";
			default -> "txt";
		};
		return "input-" + this.inputId + "-" + position + "." + extension;
	}

	public Long getId() {
		return this.id;
	}

	public Long getInputId() {
		return this.inputId;
	}

	String getStorageKey() {
		return this.storageKey;
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
