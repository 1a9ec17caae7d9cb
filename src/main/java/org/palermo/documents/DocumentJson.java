package org.palermo.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A library document as the API shows it; who uploaded it is left out, for the safety of
 * contributors.
 */
public record DocumentJson(long id, String title, DocumentType type, String language, String country, String instrument,
		List<String> articles, LocalDate date, Confidentiality confidentiality, Long reviewId, Long organisationId,
		String fileName, String mediaType, long size, String sha256, Instant uploadedAt, String fileUrl) {

	static DocumentJson of(LibraryDocument d) {
		return new DocumentJson(d.getId(), d.getTitle(), d.getDocumentType(), d.getLanguage(), d.getCountry(),
				d.getInstrument(), d.articles(), d.getDocumentDate(), d.getConfidentiality(), d.getReviewId(),
				d.getOrganisationId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(),
				d.getUploadedAt(), "/api/documents/" + d.getId() + "/file");
	}

}
