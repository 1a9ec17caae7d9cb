package org.palermo.deskreview;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.palermo.cycle.CountryReview;
import org.palermo.instruments.Article;
import org.palermo.instruments.InstrumentService;
import org.palermo.parties.PartyNames;
import org.palermo.reports.Report;
import org.palermo.system.Languages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The list of observations and the summary as documents (symbol, date, language, headings
 * per instrument and article), in any of the six languages, for the reports module to
 * render.
 */
@Component
class DeskReviewDocuments {

	private final MessageSource messages;

	private final PartyNames parties;

	private final InstrumentService instruments;

	DeskReviewDocuments(MessageSource messages, PartyNames parties, InstrumentService instruments) {
		this.messages = messages;
		this.parties = parties;
		this.instruments = instruments;
	}

	/** One item as a document shows it. */
	record Line(String instrument, long articleId, int article, String type, String text) {
	}

	/** The list of observations in one language. */
	Report list(CountryReview review, List<Line> items, String language, LocalDate date, boolean published) {
		Locale locale = locale(language);
		List<Report.Block> blocks = new ArrayList<>();
		String instrument = null;
		Long article = null;
		for (Line item : items) {
			if (!item.instrument().equals(instrument)) {
				instrument = item.instrument();
				article = null;
				blocks.add(Report.Block.heading(msg("instrument." + instrument + ".title", locale)));
			}
			if (!Long.valueOf(item.articleId()).equals(article)) {
				article = item.articleId();
				Article a = this.instruments.article(item.articleId());
				blocks.add(Report.Block.subheading(msg("feedback.article", locale, item.article(), a.title(locale))));
			}
			blocks.add(Report.Block.labelled(msg("observations.type." + item.type(), locale) + ":", item.text()));
		}
		if (items.isEmpty()) {
			blocks.add(Report.Block.paragraph(msg("observations.none", locale)));
		}
		return new Report(symbol(review, "LOO"), date, language, header(language, locale, published),
				msg("deskreview.doc.listTitle", locale, name(review, locale)), subtitle(review, locale), blocks);
	}

	/** The summary in one language (its lines kept as they were written). */
	Report summary(CountryReview review, String text, String language, LocalDate date, boolean published,
			boolean stale) {
		Locale locale = locale(language);
		List<Report.Block> blocks = new ArrayList<>();
		if (stale) {
			blocks.add(Report.Block.paragraph(msg("deskreview.doc.stale", locale)));
		}
		for (String paragraph : text.split("\n\\s*\n")) {
			blocks.add(Report.Block.paragraph(paragraph.strip()));
		}
		return new Report(symbol(review, "SUM"), date, language, header(language, locale, published),
				msg("deskreview.doc.summaryTitle", locale, name(review, locale)), subtitle(review, locale), blocks);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private List<String> header(String language, Locale locale, boolean published) {
		return List.of(msg(published ? "deskreview.doc.distrGeneral" : "deskreview.doc.distrRestricted", locale),
				msg("deskreview.doc.date", locale),
				msg("deskreview.doc.original", locale, msg("summary.lang." + language, locale)));
	}

	private String subtitle(CountryReview review, Locale locale) {
		return msg("deskreview.doc.subtitle", locale, msg(review.getCluster().nameKey(), locale), review.getCycle());
	}

	private String name(CountryReview review, Locale locale) {
		return this.parties.name(review.getStateUnderReview(), locale);
	}

	/** The document symbol: instrument family, cycle, cluster, State, document. */
	static String symbol(CountryReview review, String document) {
		return "UNTOC/RM/" + review.getCycle() + "/" + review.getCluster().name() + "/" + review.getStateUnderReview()
				+ "/" + document;
	}

	static String checkedLanguage(String language) {
		if (language == null || !Languages.CODES.contains(language)) {
			throw new DeskReviewRefusedException("summary.error.language");
		}
		return language;
	}

	private static Locale locale(String language) {
		return Locale.forLanguageTag(checkedLanguage(language));
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
