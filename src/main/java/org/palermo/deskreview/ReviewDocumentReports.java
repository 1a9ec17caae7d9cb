package org.palermo.deskreview;

import java.util.List;

import org.palermo.reports.Report;
import org.palermo.system.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The list of observations and the summary of a review as documents to render, for a
 * reader the policy lets read them (the views refuse anyone else).
 */
@Component
class ReviewDocumentReports {

	private final ObservationService observations;

	private final SummaryService summaries;

	private final DeskReviewDocuments documents;

	ReviewDocumentReports(ObservationService observations, SummaryService summaries, DeskReviewDocuments documents) {
		this.observations = observations;
		this.summaries = summaries;
		this.documents = documents;
	}

	/** The list of observations in a language. */
	Report list(long id, String lang, String viewer) {
		ObservationService.ObservationsView view = this.observations.view(id, viewer);
		List<DeskReviewDocuments.Line> lines = view.articles()
			.stream()
			.flatMap((g) -> g.items()
				.stream()
				.map((v) -> new DeskReviewDocuments.Line(g.instrument().name(), g.article().getId(),
						g.article().getNumber(), v.item().getType().name(), v.item().getBody())))
			.toList();
		return this.documents.list(view.review(), lines, DeskReviewDocuments.checkedLanguage(lang),
				DeskReviewDocuments.today(), false);
	}

	/** The summary in a language: its translation there, else its own text. */
	Report summary(long id, String lang, String viewer) {
		SummaryService.SummaryView view = this.summaries.view(id, viewer);
		if (view.summary() == null) {
			throw new NotFoundException("summary");
		}
		String language = DeskReviewDocuments.checkedLanguage(lang);
		SummaryTranslation translation = view.translations()
			.stream()
			.filter((t) -> t.getLanguage().equals(language))
			.findFirst()
			.orElse(null);
		return (translation != null)
				? this.documents.summary(view.review(), translation.getBody(), language, DeskReviewDocuments.today(),
						false, translation.isStaleAgainst(view.summary()))
				: this.documents.summary(view.review(), view.summary().getBody(), view.summary().getSourceLanguage(),
						DeskReviewDocuments.today(), false, false);
	}

	/** The file name of a rendered report. */
	static String fileName(Report report, String format) {
		return report.symbol().replace('/', '-') + "-" + report.language() + "." + format;
	}

}
