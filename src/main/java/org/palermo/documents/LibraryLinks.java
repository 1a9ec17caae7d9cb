package org.palermo.documents;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/** Links of the search page that keep the current query and change one thing. */
public record LibraryLinks(SearchQuery query) {

	private Map<String, Object> current() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", this.query.text());
		params.put("language", this.query.language());
		params.put("country", this.query.country());
		params.put("instrument", this.query.instrument());
		params.put("article", this.query.article());
		params.put("type", this.query.type());
		params.put("year", this.query.year());
		params.put("sort", this.query.sortByDate() ? "date" : null);
		return params;
	}

	/**
	 * The facet's name as a query parameter; pages filter with {@code language} because
	 * {@code lang} chooses the reader's own language.
	 */
	private static String parameter(String facet) {
		return facet;
	}

	/** The first page with this facet set to this value. */
	public String with(String facet, String value) {
		Map<String, Object> params = current();
		params.put(parameter(facet), value);
		return build(params, 1);
	}

	/** The first page without this facet. */
	public String without(String facet) {
		Map<String, Object> params = current();
		params.put(parameter(facet), null);
		return build(params, 1);
	}

	/** Whether this facet is set. */
	public boolean isSet(String facet) {
		return current().get(parameter(facet)) != null;
	}

	/** Another page of the same results. */
	public String page(int page) {
		return build(current(), page);
	}

	private static String build(Map<String, Object> params, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/library");
		params.forEach((name, value) -> {
			if (value != null) {
				builder.queryParam(name, value);
			}
		});
		if (page > 1) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}

}
