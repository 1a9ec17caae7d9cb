package org.palermo.deskreview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a published document holds: the snapshot taken when it was published. */
public final class PublishedDocuments {

	private PublishedDocuments() {
	}

	/** The agreed list of observations as published. */
	public record PublishedList(Instant publishedAt, List<PublishedItem> items) {
	}

	/** One agreed item. */
	public record PublishedItem(String instrument, long articleId, int article, String type, String text) {
	}

	/** The agreed summary with the translations made from its agreed text. */
	public record PublishedSummary(Instant publishedAt, String sourceLanguage, Map<String, String> texts) {
	}

}
