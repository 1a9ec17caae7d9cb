package org.palermo.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A document of the library: its metadata, who may read it, its file (by storage key and
 * SHA-256) and the text extracted from it.
 */
@Entity
public class LibraryDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	private DocumentType documentType;

	private String language;

	private String country;

	private String instrument;

	private String articles;

	private LocalDate documentDate;

	@Enumerated(EnumType.STRING)
	private Confidentiality confidentiality;

	private Long reviewId;

	private Long organisationId;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private String storageKey;

	private String extractedText;

	private String uploadedBy;

	private Instant uploadedAt;

	@Version
	private long version;

	protected LibraryDocument() {
	}

	LibraryDocument(DocumentForm form, StoredFile file, String extractedText, String uploadedBy, Instant uploadedAt) {
		this.title = form.title();
		this.documentType = form.type();
		this.language = form.language();
		this.country = form.country();
		this.instrument = form.instrument();
		this.articles = String.join(",", form.articles());
		this.documentDate = form.date();
		this.confidentiality = form.confidentiality();
		this.reviewId = form.reviewId();
		this.organisationId = form.organisationId();
		this.fileName = file.fileName();
		this.mediaType = file.mediaType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.storageKey = file.storageKey();
		this.extractedText = extractedText;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	/** What the search indexes of this document. */
	SearchableContent searchable() {
		List<String> qualified = articles().stream()
			.map((a) -> (this.instrument != null) ? this.instrument + " " + a : a)
			.toList();
		return new SearchableContent(LibraryDocuments.SOURCE, String.valueOf(this.id), this.title, this.extractedText,
				this.language, this.country, this.instrument, qualified, this.documentType.name(), this.documentDate,
				this.confidentiality, this.reviewId, this.organisationId, "/library/" + this.id);
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public DocumentType getDocumentType() {
		return this.documentType;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getCountry() {
		return this.country;
	}

	public String getInstrument() {
		return this.instrument;
	}

	public List<String> articles() {
		return (this.articles == null || this.articles.isBlank()) ? List.of() : Arrays.asList(this.articles.split(","));
	}

	public LocalDate getDocumentDate() {
		return this.documentDate;
	}

	public Confidentiality getConfidentiality() {
		return this.confidentiality;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
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

	public long getVersion() {
		return this.version;
	}

}
