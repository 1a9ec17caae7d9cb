package org.palermo.deskreview;

import java.security.Principal;
import java.util.List;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.reports.DocxRenderer;
import org.palermo.reports.PdfRenderer;
import org.palermo.reports.Report;
import org.palermo.system.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of observations and the summary as PDF and DOCX: the current text for the
 * review's people and the secretariat, the published snapshot for everyone.
 */
@Controller
class DeskReviewDocumentsController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ReviewDocumentReports reports;

	private final PublicationService publications;

	private final CycleService cycle;

	private final DeskReviewDocuments documents;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	DeskReviewDocumentsController(ReviewDocumentReports reports, PublicationService publications, CycleService cycle,
			DeskReviewDocuments documents, PdfRenderer pdf, DocxRenderer docx) {
		this.reports = reports;
		this.publications = publications;
		this.cycle = cycle;
		this.documents = documents;
		this.pdf = pdf;
		this.docx = docx;
	}

	@GetMapping("/reviews/{id}/observations.{format}")
	ResponseEntity<byte[]> list(@PathVariable long id, @PathVariable String format,
			@RequestParam(defaultValue = "en") String lang, Principal principal) {
		return answer(this.reports.list(id, lang, principal.getName()), format, "LOO");
	}

	@GetMapping("/reviews/{id}/summary.{format}")
	ResponseEntity<byte[]> summary(@PathVariable long id, @PathVariable String format,
			@RequestParam(defaultValue = "en") String lang, Principal principal) {
		return answer(this.reports.summary(id, lang, principal.getName()), format, "SUM");
	}

	@GetMapping("/parties/{code}/reviews/{id}/observations.{format}")
	ResponseEntity<byte[]> publishedList(@PathVariable String code, @PathVariable long id, @PathVariable String format,
			@RequestParam(defaultValue = "en") String lang) {
		PublishedDocuments.PublishedList list = this.publications.publishedList(code, id);
		CountryReview review = this.cycle.review(id);
		List<DeskReviewDocuments.Line> lines = list.items()
			.stream()
			.map((i) -> new DeskReviewDocuments.Line(i.instrument(), i.articleId(), i.article(), i.type(), i.text()))
			.toList();
		return answer(this.documents.list(review, lines, DeskReviewDocuments.checkedLanguage(lang),
				list.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), true), format, "LOO");
	}

	@GetMapping("/parties/{code}/reviews/{id}/summary.{format}")
	ResponseEntity<byte[]> publishedSummary(@PathVariable String code, @PathVariable long id,
			@PathVariable String format, @RequestParam(required = false) String lang) {
		PublishedDocuments.PublishedSummary summary = this.publications.publishedSummary(code, id);
		String language = (lang != null && summary.texts().containsKey(lang)) ? lang : summary.sourceLanguage();
		return answer(
				this.documents.summary(this.cycle.review(id), summary.texts().get(language), language,
						summary.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), true, false),
				format, "SUM");
	}

	private ResponseEntity<byte[]> answer(Report report, String format, String kind) {
		return switch (format) {
			case "pdf" -> file(this.pdf.render(report), MediaType.APPLICATION_PDF,
					ReviewDocumentReports.fileName(report, format));
			case "docx" -> file(this.docx.render(report), DOCX, ReviewDocumentReports.fileName(report, format));
			default -> throw new NotFoundException(kind);
		};
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

}
