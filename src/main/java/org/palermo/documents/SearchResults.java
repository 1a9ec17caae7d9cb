package org.palermo.documents;

import java.util.List;
import java.util.Map;

/**
 * One page of results and the facets of all matches, counting only what the reader may
 * read.
 *
 * @param total how many results match, for this reader
 * @param page the page, from 1
 * @param size results on a page
 * @param hits the results of this page
 * @param facets for each facet (country, instrument, article, type, language, year) its
 * values and counts, most frequent first
 */
public record SearchResults(long total, int page, int size, List<SearchHit> hits,
		Map<String, List<FacetCount>> facets) {

	/** The facets, in the order pages show them. */
	public static final List<String> FACETS = List.of("language", "country", "instrument", "article", "type", "year");

	/** Number of pages. */
	public long pages() {
		return (this.total + this.size - 1) / this.size;
	}

	/** One value of a facet and how many results have it. */
	public record FacetCount(String value, long count) {
	}

	/**
	 * One result.
	 *
	 * @param snippet a passage of the text, HTML-escaped, with the matching words in
	 * {@code <mark>}
	 */
	public record SearchHit(String source, String id, String title, String type, String language, String country,
			String instrument, String date, String url, String snippet) {
	}

}
