package org.palermo.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scale-out index: an OpenSearch cluster over its REST API, with the same fields,
 * language analyzers and access filter as the embedded index. Untested against a live
 * cluster; its requests are checked in OpenSearchIndexTests.
 */
class OpenSearchIndex implements SearchIndex {

	private static final Map<String, String> ANALYZERS = Map.of("ar", "arabic", "zh", "cjk", "en", "english", "fr",
			"french", "ru", "russian", "es", "spanish");

	private static final int BULK = 500;

	private final JsonMapper json = JsonMapper.builder().build();

	private final SearchSettings settings;

	private final HttpClient http;

	OpenSearchIndex(SearchSettings settings) {
		this(settings, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
	}

	OpenSearchIndex(SearchSettings settings, HttpClient http) {
		this.settings = settings;
		this.http = http;
	}

	/** The index's settings and mappings: one analysed field per language. */
	Map<String, Object> mapping() {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (String language : Analyzers.LANGUAGES) {
			Map<String, Object> text = Map.of("type", "text", "analyzer", ANALYZERS.get(language), "index_options",
					"offsets");
			properties.put(Analyzers.titleField(language), text);
			properties.put(Analyzers.textField(language), text);
		}
		for (String keyword : List.of("key", "access", "source", "id", "url", "title", "language", "country",
				"instrument", "type", "article", "year")) {
			properties.put(keyword, Map.of("type", "keyword"));
		}
		properties.put("date", Map.of("type", "date", "format", "yyyy-MM-dd"));
		return Map.of("mappings", Map.of("dynamic", "strict", "properties", properties));
	}

	/** The document OpenSearch stores for one piece of content. */
	Map<String, Object> document(SearchableContent content) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("key", content.key());
		doc.put("access", content.accessKey());
		doc.put("source", content.source());
		doc.put("id", content.id());
		doc.put("url", content.url());
		doc.put("title", content.title());
		doc.put(Analyzers.titleField(content.language()), content.title());
		doc.put(Analyzers.textField(content.language()), content.text());
		doc.put("language", content.language());
		doc.put("country", content.country());
		doc.put("instrument", content.instrument());
		doc.put("type", content.type());
		doc.put("article", content.articles());
		if (content.date() != null) {
			doc.put("date", content.date().toString());
			doc.put("year", String.valueOf(content.date().getYear()));
		}
		return doc;
	}

	/**
	 * The search request: the words, the reader's access filter and filters, facets,
	 * highlights.
	 */
	Map<String, Object> searchRequest(SearchQuery query, ReaderScope scope) {
		List<Object> filters = new ArrayList<>();
		if (!scope.secretariat()) {
			filters.add(Map.of("terms", Map.of("access", List.copyOf(scope.keys()))));
		}
		Map<String, String> terms = new LinkedHashMap<>();
		terms.put("language", query.language());
		terms.put("country", query.country());
		terms.put("instrument", query.instrument());
		terms.put("article", query.article());
		terms.put("type", query.type());
		terms.put("year", query.year());
		terms.forEach((field, value) -> {
			if (value != null) {
				filters.add(Map.of("term", Map.of(field, value)));
			}
		});
		List<String> fields = new ArrayList<>();
		for (String language : Analyzers.LANGUAGES) {
			fields.add(Analyzers.titleField(language) + "^2");
			fields.add(Analyzers.textField(language));
		}
		Object words = (query.text() == null) ? Map.of("match_all", Map.of()) : Map.of("simple_query_string",
				Map.of("query", query.text(), "fields", fields, "default_operator", "and"));
		Map<String, Object> aggregations = new LinkedHashMap<>();
		for (String facet : SearchResults.FACETS) {
			aggregations.put(facet, Map.of("terms", Map.of("field", facet, "size", 30)));
		}
		Map<String, Object> highlighted = new LinkedHashMap<>();
		Analyzers.LANGUAGES.forEach((l) -> highlighted.put(Analyzers.textField(l), Map.of("number_of_fragments", 2)));
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("from", (query.page() - 1) * query.size());
		request.put("size", query.size());
		request.put("track_total_hits", true);
		request.put("query", Map.of("bool", Map.of("must", List.of(words), "filter", filters)));
		request.put("aggs", aggregations);
		request.put("highlight", Map.of("pre_tags", List.of("<mark>"), "post_tags", List.of("</mark>"), "encoder",
				"html", "fields", highlighted));
		request.put("_source",
				List.of("source", "id", "url", "title", "type", "language", "country", "instrument", "date"));
		if (query.sortByDate()) {
			request.put("sort", List.of(Map.of("date", Map.of("order", "desc", "missing", "_last")), "_score"));
		}
		return request;
	}

	/** Reads OpenSearch's answer into the same results the embedded index gives. */
	SearchResults results(SearchQuery query, String body) {
		JsonNode root = this.json.readTree(body);
		List<SearchResults.SearchHit> hits = new ArrayList<>();
		for (JsonNode hit : root.path("hits").path("hits")) {
			JsonNode source = hit.path("_source");
			String language = source.path("language").asText();
			List<String> passages = new ArrayList<>();
			hit.path("highlight").path(Analyzers.textField(language)).forEach((p) -> passages.add(p.asText()));
			hits.add(new SearchResults.SearchHit(text(source, "source"), text(source, "id"), text(source, "title"),
					text(source, "type"), language, text(source, "country"), text(source, "instrument"),
					text(source, "date"), text(source, "url"), String.join(" … ", passages)));
		}
		Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
		for (String facet : SearchResults.FACETS) {
			List<SearchResults.FacetCount> counts = new ArrayList<>();
			root.path("aggregations")
				.path(facet)
				.path("buckets")
				.forEach((b) -> counts
					.add(new SearchResults.FacetCount(b.path("key").asText(), b.path("doc_count").asLong())));
			facets.put(facet, counts);
		}
		return new SearchResults(root.path("hits").path("total").path("value").asLong(), query.page(), query.size(),
				hits, facets);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	@Override
	public void index(SearchableContent content) {
		ensureIndex();
		send("PUT", "/" + index() + "/_doc/" + encode(content.key()) + "?refresh=true", write(document(content)),
				"application/json");
	}

	@Override
	public void remove(String key) {
		send("DELETE", "/" + index() + "/_doc/" + encode(key) + "?refresh=true", null, null);
	}

	@Override
	public SearchResults search(SearchQuery query, ReaderScope scope) {
		return results(query,
				send("POST", "/" + index() + "/_search", write(searchRequest(query, scope)), "application/json"));
	}

	@Override
	public void rebuild(Consumer<Consumer<SearchableContent>> feeder) {
		if (exists()) {
			send("DELETE", "/" + index(), null, null);
		}
		send("PUT", "/" + index(), write(mapping()), "application/json");
		StringBuilder bulk = new StringBuilder();
		int[] pending = { 0 };
		feeder.accept((content) -> {
			bulk.append(bulkLine(content));
			if (++pending[0] == BULK) {
				send("POST", "/_bulk", bulk.toString(), "application/x-ndjson");
				bulk.setLength(0);
				pending[0] = 0;
			}
		});
		if (pending[0] > 0) {
			send("POST", "/_bulk", bulk.toString(), "application/x-ndjson");
		}
		send("POST", "/" + index() + "/_refresh", null, null);
	}

	/** Two lines of a bulk request: the action and the document. */
	String bulkLine(SearchableContent content) {
		return write(Map.of("index", Map.of("_index", index(), "_id", content.key()))) + "\n" + write(document(content))
				+ "\n";
	}

	@Override
	public long count() {
		if (!exists()) {
			return 0;
		}
		return this.json.readTree(send("GET", "/" + index() + "/_count", null, null)).path("count").asLong();
	}

	@Override
	public boolean needsRebuild() {
		return !exists();
	}

	private boolean exists() {
		return status("HEAD", "/" + index()) == 200;
	}

	private void ensureIndex() {
		if (!exists()) {
			send("PUT", "/" + index(), write(mapping()), "application/json");
		}
	}

	private String index() {
		return this.settings.opensearchIndex();
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** An HTTP request to the cluster, with basic authentication when configured. */
	HttpRequest request(String method, String path, String body, String contentType) {
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create(this.settings.opensearchUrl().replaceAll("/+$", "") + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		if (this.settings.opensearchUsername() != null) {
			String credentials = this.settings.opensearchUsername() + ":" + this.settings.opensearchPassword();
			builder.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return builder.build();
	}

	private int status(String method, String path) {
		try {
			return this.http.send(request(method, path, null, null), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String send(String method, String path, String body, String contentType) {
		try {
			HttpResponse<String> response = this.http.send(request(method, path, body, contentType),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() / 100 != 2) {
				throw new IOException("OpenSearch answered " + response.statusCode() + " to " + method + " " + path);
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
