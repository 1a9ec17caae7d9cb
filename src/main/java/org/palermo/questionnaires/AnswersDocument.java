package org.palermo.questionnaires;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.instruments.Instrument;
import org.palermo.parties.PartyNames;
import org.palermo.reports.PdfRenderer;
import org.palermo.reports.Report;
import org.palermo.system.Languages;
import org.palermo.system.UserInputException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The answers of a questionnaire as a PDF for internal approval, in any of the six
 * languages (the words of the document in that language, the answers as written), for
 * those who may read the answers.
 */
@Component
class AnswersDocument {

	private final QuestionnaireService questionnaires;

	private final ReviewPolicy policy;

	private final MessageSource messages;

	private final PartyNames parties;

	private final PdfRenderer pdf;

	private final org.palermo.instruments.InstrumentService instruments;

	AnswersDocument(QuestionnaireService questionnaires, ReviewPolicy policy, MessageSource messages,
			PartyNames parties, PdfRenderer pdf, org.palermo.instruments.InstrumentService instruments) {
		this.instruments = instruments;
		this.questionnaires = questionnaires;
		this.policy = policy;
		this.messages = messages;
		this.parties = parties;
		this.pdf = pdf;
	}

	/** A rendered PDF and its file name. */
	record Rendered(String fileName, byte[] content) {
	}

	/** The PDF of the answers in one language. */
	Rendered pdf(long reviewId, String language, String username) {
		if (language == null || !Languages.CODES.contains(language)) {
			throw new UserInputException("questionnaire.error.language");
		}
		if (!this.policy.may(username, ReviewAction.READ_ANSWERS, reviewId)) {
			throw new AccessDeniedException("answers of review " + reviewId);
		}
		QuestionnaireView view = this.questionnaires.view(reviewId, username);
		return new Rendered(fileName(view, language), this.pdf.render(report(view, language)));
	}

	/** The file name of the PDF: symbol and language. */
	static String fileName(QuestionnaireView view, String language) {
		return symbol(view.review()).replace('/', '-') + "-" + language + ".pdf";
	}

	Report report(QuestionnaireView view, String language) {
		Locale locale = Locale.forLanguageTag(language);
		// The article titles in the document's language where the instruments module has
		// them; otherwise the template's (English) title.
		java.util.Map<String, String> titles = new java.util.HashMap<>();
		this.instruments.articlesByInstrument()
			.values()
			.forEach((articles) -> articles.stream()
				.filter((a) -> a.hasTitleIn(locale))
				.forEach((a) -> titles.put(TemplateQuestion.sectionKey(a.getInstrument(), a.getNumber()),
						a.title(locale))));
		List<Report.Block> blocks = new ArrayList<>();
		Instrument instrument = null;
		for (QuestionnaireView.Section section : view.sections()) {
			if (section.instrument() != instrument) {
				instrument = section.instrument();
				blocks.add(Report.Block.heading(msg("instrument." + instrument.name() + ".title", locale)));
			}
			blocks.add(Report.Block.subheading(msg("questionnaire.pdf.article", locale, section.article(),
					titles.getOrDefault(section.key(), section.title()))));
			for (TemplateQuestion question : section.questions()) {
				if (!view.isAsked(question)) {
					continue;
				}
				String value = view.value(question.getQuestionKey());
				blocks.add(Report.Block.labelled(question.prompt(locale),
						value.isBlank() ? msg("questionnaire.pdf.noAnswer", locale) : shown(question, value, locale)));
			}
		}
		CountryReview review = view.review();
		List<String> header = List.of(msg("questionnaire.pdf.distr", locale), msg("questionnaire.pdf.date", locale),
				msg(view.questionnaire().getStatus().labelKey(), locale));
		return new Report(symbol(review), LocalDate.now(ZoneOffset.UTC), language, header,
				msg("questionnaire.pdf.title", locale, this.parties.name(review.getStateUnderReview(), locale)),
				msg("questionnaire.pdf.subtitle", locale, msg(review.getCluster().nameKey(), locale),
						review.getCycle()),
				blocks);
	}

	private String shown(TemplateQuestion question, String value, Locale locale) {
		return switch (question.getKind()) {
			case STATUS -> msg("questionnaire.answer." + value, locale);
			case NEEDS_TYPES -> String.join(", ",
					java.util.Arrays.stream(value.split(","))
						.map(String::strip)
						.filter((t) -> !t.isEmpty())
						.map((t) -> msg("questionnaire.need." + t, locale))
						.toList());
			default -> value;
		};
	}

	/** The document symbol, e.g. {@code UNTOC/RM/1/III/MX/SAQ}. */
	static String symbol(CountryReview review) {
		return "UNTOC/RM/" + review.getCycle() + "/" + review.getCluster().name() + "/" + review.getStateUnderReview()
				+ "/SAQ";
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
