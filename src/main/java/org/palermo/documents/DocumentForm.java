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

	/**
	 * Reads the form's fields as a browser or API client sends them; anything unreadable
	 * is a {@link org.palermo.system.UserInputException} naming the field.
	 */
	public static DocumentForm parse(String title, String type, String language, String country, String instrument,
			String articles, String date, String confidentiality, String reviewId, String organisationId) {
		return new DocumentForm(title, parse(DocumentType.class, type, "documents.error.type"), language, country,
				instrument, (articles != null) ? List.of(articles) : List.of(), parseDate(date),
				parse(Confidentiality.class, confidentiality, "documents.error.confidentiality"),
				parseId(reviewId, "documents.error.review"), parseId(organisationId, "documents.error.organisation"));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new org.palermo.system.UserInputException(key);
		}
	}

	private static LocalDate parseDate(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new org.palermo.system.UserInputException("documents.error.date");
		}
	}

	private static Long parseId(String value, String key) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new org.palermo.system.UserInputException(key);
		}
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
