package org.palermo.documents;

/**
 * What a reader asks the search for; blank filters are ignored.
 *
 * @param text the words to find (quotes for a phrase, {@code -} to exclude), or blank for
 * everything
 * @param language ar, zh, en, fr, ru or es
 * @param country ISO code of a State party
 * @param instrument UNTOC, TIP, SOM or FA
 * @param article an article, as {@code UNTOC 5}
 * @param type a content type, e.g. {@code LEGISLATION}
 * @param year a year, e.g. {@code 2024}
 * @param sortByDate newest first instead of by relevance
 * @param page the page, from 1, at most the page holding the 10,000th result
 * @param size results on a page, 1 to 50
 */
public record SearchQuery(String text, String language, String country, String instrument, String article, String type,
		String year, boolean sortByDate, int page, int size) {

	public static final int MAX_SIZE = 50;

	/** How deep anyone may page: beyond this, refine the search. */
	public static final int MAX_RESULTS = 10_000;

	public SearchQuery {
		text = clean(text);
		language = clean(language);
		country = clean(country);
		instrument = clean(instrument);
		article = clean(article);
		type = clean(type);
		year = clean(year);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
		page = Math.min(Math.max(page, 1), MAX_RESULTS / size);
	}

	/** The first results page for these words. */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, null, null, false, 1, 10);
	}

	public SearchQuery withLanguage(String language) {
		return new SearchQuery(this.text, language, this.country, this.instrument, this.article, this.type, this.year,
				this.sortByDate, this.page, this.size);
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
