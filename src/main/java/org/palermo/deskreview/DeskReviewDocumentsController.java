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

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ObservationService observations;

	private final SummaryService summaries;

	private final PublicationService publications;

	private final CycleService cycle;

	private final DeskReviewDocuments documents;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	DeskReviewDocumentsController(ObservationService observations, SummaryService summaries,
			PublicationService publications, CycleService cycle, DeskReviewDocuments documents, PdfRenderer pdf,
			DocxRenderer docx) {
		this.observations = observations;
		this.summaries = summaries;
		this.publications = publications;
		this.cycle = cycle;
		this.documents = documents;
		this.pdf = pdf;
		this.docx = docx;
	}

	@GetMapping("/reviews/{id}/observations.{format}")
	ResponseEntity<byte[]> list(@PathVariable long id, @PathVariable String format,
			@RequestParam(defaultValue = "en") String lang, Principal principal) {
		ObservationService.ObservationsView view = this.observations.view(id, principal.getName());
		List<DeskReviewDocuments.Line> lines = view.articles()
			.stream()
			.flatMap((g) -> g.items()
				.stream()
				.map((v) -> new DeskReviewDocuments.Line(g.instrument().name(), g.article().getId(),
						g.article().getNumber(), v.item().getType().name(), v.item().getBody())))
			.toList();
		return answer(this.documents.list(view.review(), lines, DeskReviewDocuments.checkedLanguage(lang),
				DeskReviewDocuments.today(), false), format, "LOO");
	}

	@GetMapping("/reviews/{id}/summary.{format}")
	ResponseEntity<byte[]> summary(@PathVariable long id, @PathVariable String format,
			@RequestParam(defaultValue = "en") String lang, Principal principal) {
		SummaryService.SummaryView view = this.summaries.view(id, principal.getName());
		if (view.summary() == null) {
			throw new NotFoundException("summary");
		}
		String language = DeskReviewDocuments.checkedLanguage(lang);
		SummaryTranslation translation = view.translations()
			.stream()
			.filter((t) -> t.getLanguage().equals(language))
			.findFirst()
			.orElse(null);
		Report report = (translation != null)
				? this.documents.summary(view.review(), translation.getBody(), language, DeskReviewDocuments.today(),
						false, translation.isStaleAgainst(view.summary()))
				: this.documents.summary(view.review(), view.summary().getBody(), view.summary().getSourceLanguage(),
						DeskReviewDocuments.today(), false, false);
		return answer(report, format, "SUM");
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
		String name = report.symbol().replace('/', '-') + "-" + report.language();
		return switch (format) {
			case "pdf" -> file(this.pdf.render(report), MediaType.APPLICATION_PDF, name + ".pdf");
			case "docx" -> file(this.docx.render(report), DOCX, name + ".docx");
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
