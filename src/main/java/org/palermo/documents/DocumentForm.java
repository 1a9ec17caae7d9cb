package org.palermo.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The metadata of an upload, as the upload form and {@code POST /api/documents} send it.
 *
 * @param articles article numbers of {@code instrument}, e.g. {@code 5}
 */
public record DocumentForm(String title, DocumentType type, String language, String country, String instrument,
		List<String> articles, LocalDate date, Confidentiality confidentiality, Long reviewId, Long organisationId) {

	public DocumentForm {
		title = (title != null) ? title.strip() : null;
		language = blankToNull(language);
		country = (blankToNull(country) != null) ? country.strip().toUpperCase(java.util.Locale.ROOT) : null;
		instrument = (blankToNull(instrument) != null) ? instrument.strip().toUpperCase(java.util.Locale.ROOT) : null;
		articles = (articles != null) ? articles.stream()
			.flatMap((a) -> List.of(a.split("[,\\s]+")).stream())
			.filter((a) -> !a.isBlank())
			.toList() : List.of();
	}

	/** An empty form for the upload page. */
	public static DocumentForm empty() {
		return new DocumentForm(null, null, null, null, null, List.of(), null, null, null, null);
	}

	DocumentForm withOrganisation(Long organisationId) {
		return new DocumentForm(this.title, this.type, this.language, this.country, this.instrument, this.articles,
				this.date, this.confidentiality, this.reviewId, organisationId);
	}

	DocumentForm withDate(LocalDate date) {
		return new DocumentForm(this.title, this.type, this.language, this.country, this.instrument, this.articles,
				date, this.confidentiality, this.reviewId, this.organisationId);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
