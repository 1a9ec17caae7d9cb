package org.palermo.documents;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSearch index's requests and the reading of its answers, without a server (none
 * runs here: this implementation is untested against a live cluster).
 */
class OpenSearchIndexTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final OpenSearchIndex index = new OpenSearchIndex(
			new SearchSettings("http://search:9200/", "palermo-test", "palermo", "pw", true), null);

	private JsonNode tree(Object value) {
		return this.json.readTree(this.json.writeValueAsString(value));
	}

	@Test
	void aReadersSearchCarriesTheirAccessKeysAsAFilterAndTheirWordsInEveryLanguage() {
		SearchQuery query = new SearchQuery("traite des personnes", "fr", "KE", null, null, null, "2024", true, 3, 20);
		JsonNode request = tree(this.index.searchRequest(query, new ReaderScope(false, Set.of(7L), 3L)));
		assertThat(request.path("from").asInt()).isEqualTo(40);
		assertThat(request.path("size").asInt()).isEqualTo(20);
		JsonNode bool = request.path("query").path("bool");
		JsonNode words = bool.path("must").get(0).path("simple_query_string");
		assertThat(words.path("query").asText()).isEqualTo("traite des personnes");
		assertThat(words.path("default_operator").asText()).isEqualTo("and");
		assertThat(words.path("fields").toString()).contains("text_fr", "title_fr^2", "text_ar", "text_zh");
		assertThat(bool.path("filter").toString()).contains(
				"{\"terms\":{\"access\":[\"public\",\"review:7\",\"organisation:3\"]}}",
				"{\"term\":{\"language\":\"fr\"}}", "{\"term\":{\"country\":\"KE\"}}",
				"{\"term\":{\"year\":\"2024\"}}");
		assertThat(request.path("aggs").propertyNames()).containsExactly("language", "country", "instrument", "article",
				"type", "year");
		assertThat(request.path("highlight").path("encoder").asText()).isEqualTo("html");
		assertThat(request.path("sort").get(0).path("date").path("order").asText()).isEqualTo("desc");
	}

	@Test
	void anonymousReadersGetOnlyThePublicKeyAndTheSecretariatNoAccessFilter() {
		JsonNode anonymous = tree(this.index.searchRequest(SearchQuery.of(null), ReaderScope.ANONYMOUS));
		assertThat(anonymous.path("query").path("bool").path("filter").toString())
			.isEqualTo("[{\"terms\":{\"access\":[\"public\"]}}]");
		assertThat(anonymous.path("query").path("bool").path("must").toString()).isEqualTo("[{\"match_all\":{}}]");
		JsonNode secretariat = tree(
				this.index.searchRequest(SearchQuery.of(null), new ReaderScope(true, Set.of(), null)));
		assertThat(secretariat.path("query").path("bool").path("filter").toString()).isEqualTo("[]");
	}

	@Test
	void eachLanguageFieldUsesItsOpenSearchAnalyzerAndDocumentsCarryTheirAccessKey() {
		JsonNode properties = tree(this.index.mapping()).path("mappings").path("properties");
		assertThat(properties.path("text_ar").path("analyzer").asText()).isEqualTo("arabic");
		assertThat(properties.path("text_zh").path("analyzer").asText()).isEqualTo("cjk");
		assertThat(properties.path("text_ru").path("analyzer").asText()).isEqualTo("russian");
		assertThat(properties.path("access").path("type").asText()).isEqualTo("keyword");
		SearchableContent content = new SearchableContent("document", "12", "Titre", "Texte", "fr", "KE", "TIP",
				List.of("TIP 3"), "LEGISLATION", LocalDate.of(2024, 5, 2), Confidentiality.REVIEW, 7L, null,
				"/library/12");
		String bulk = this.index.bulkLine(content);
		assertThat(bulk.split("\n")).hasSize(2);
		assertThat(tree(this.json.readTree(bulk.split("\n")[0])).path("index").path("_id").asText())
			.isEqualTo("document:12");
		JsonNode doc = this.json.readTree(bulk.split("\n")[1]);
		assertThat(doc.path("access").asText()).isEqualTo("review:7");
		assertThat(doc.path("text_fr").asText()).isEqualTo("Texte");
		assertThat(doc.has("text_en")).isFalse();
		assertThat(doc.path("year").asText()).isEqualTo("2024");
	}

	@Test
	void requestsGoToTheConfiguredUrlWithBasicAuthentication() {
		HttpRequest request = this.index.request("POST", "/palermo-test/_search", "{}", "application/json");
		assertThat(request.uri()).hasToString("http://search:9200/palermo-test/_search");
		assertThat(request.headers().firstValue("Authorization")).hasValue("Basic cGFsZXJtbzpwdw==");
		assertThat(request.headers().firstValue("Content-Type")).hasValue("application/json");
	}

	@Test
	void anAnswerIsReadIntoTheSameResultsAsTheEmbeddedIndexGives() {
		String answer = """
				{"hits":{"total":{"value":42,"relation":"eq"},"hits":[{"_id":"document:12","_source":{"source":"document",
				"id":"12","url":"/library/12","title":"Loi","type":"LEGISLATION","language":"fr","country":"KE",
				"instrument":"TIP","date":"2024-05-02"},"highlight":{"text_fr":["la <mark>traite</mark>","une autre"]}}]},
				"aggregations":{"language":{"buckets":[{"key":"fr","doc_count":42}]},"year":{"buckets":[{"key":"2024","doc_count":40}]}}}
				""";
		SearchResults results = this.index
			.results(new SearchQuery("traite", null, null, null, null, null, null, false, 1, 10), answer);
		assertThat(results.total()).isEqualTo(42);
		assertThat(results.hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.id()).isEqualTo("12");
			assertThat(hit.url()).isEqualTo("/library/12");
			assertThat(hit.snippet()).isEqualTo("la <mark>traite</mark> … une autre");
		});
		assertThat(results.facets().get("language")).containsExactly(new SearchResults.FacetCount("fr", 42));
		assertThat(results.facets().get("country")).isEmpty();
		assertThat(results.facets()).containsKeys("language", "country", "instrument", "article", "type", "year");
		assertThat(Map.copyOf(results.facets())).hasSize(6);
	}

}
