package org.palermo.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A resource in one language: its title and description, and either a link (http or
 * https) or a public document of the library.
 */
@Embeddable
public class LanguageVersion {

	@Column(name = "language")
	private String language;

	private String title;

	private String description;

	private String url;

	private Long documentId;

	protected LanguageVersion() {
	}

	LanguageVersion(String language, String title, String description, String url, Long documentId) {
		this.language = language;
		this.title = title;
		this.description = description;
		this.url = url;
		this.documentId = documentId;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public String getUrl() {
		return this.url;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	/** Where a reader opens this version: the link, or the library document's page. */
	public String getHref() {
		return (this.url != null) ? this.url : "/library/" + this.documentId;
	}

}
