package org.palermo.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * One piece of content the search finds: a library document, and later a questionnaire
 * answer, a list of observations or a published summary.
 *
 * @param source which module and kind of content, e.g. {@code document}
 * @param id the content's id within its source
 * @param title its title
 * @param text its full text
 * @param language its language, one of ar, zh, en, fr, ru, es
 * @param country ISO code of the State party it concerns, or {@code null}
 * @param instrument UNTOC, TIP, SOM or FA, or {@code null}
 * @param articles the articles it concerns, e.g. {@code 5}
 * @param type its kind, e.g. {@code LEGISLATION}
 * @param date its date
 * @param confidentiality who may read it
 * @param reviewId the country review for {@link Confidentiality#REVIEW}
 * @param organisationId the organisation for {@link Confidentiality#ORGANISATION}
 * @param url where a reader opens it
 */
public record SearchableContent(String source, String id, String title, String text, String language, String country,
		String instrument, List<String> articles, String type, LocalDate date, Confidentiality confidentiality,
		Long reviewId, Long organisationId, String url) {

	public SearchableContent {
		articles = (articles != null) ? List.copyOf(articles) : List.of();
		text = (text != null) ? text : "";
	}

	/** The one key of this content in the index. */
	public String key() {
		return this.source + ":" + this.id;
	}

	/** The access key the index filters on. */
	public String accessKey() {
		return ReaderScope.keyOf(this.confidentiality, this.reviewId, this.organisationId);
	}

}
