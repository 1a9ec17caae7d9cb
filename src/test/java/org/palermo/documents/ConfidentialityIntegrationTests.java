package org.palermo.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.civilsociety.OrganisationKind;
import org.palermo.civilsociety.OrganisationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every role, a confidential document's unique words, country and year never show in
 * results, counts, facets, highlights, pages or downloads to someone not allowed to read
 * it, and always show to someone who is.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestReviewMemberships.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialityIntegrationTests {

	/** Everyone who may ask, demo accounts and a member of another organisation. */
	static final List<String> CALLERS = java.util.Arrays.asList(null, "secretariat", "focalpoint", "expert", "observer",
			"reviewer", "ngo", "bureau", "otherngo");

	/** One document per level, each with its unique word, country code and year. */
	enum Secret {

		PUBLIC_DOCUMENT("wagtailpublic", "P", 0, null),
		REVIEW_DOCUMENT("kestrelreview", "R", 1, Set.of("secretariat", "focalpoint", "expert", "observer", "reviewer")),
		OTHER_REVIEW_DOCUMENT("ospreyother", "Q", 2, Set.of("secretariat")),
		SECRETARIAT_DOCUMENT("heronsecretariat", "S", 3, Set.of("secretariat")),
		ORGANISATION_DOCUMENT("ibisorganisation", "O", 4, Set.of("secretariat", "ngo"));

		final String word;

		final String country;

		final String year;

		/** Who may read it; {@code null}: everyone. */
		final Set<String> readers;

		long id;

		Secret(String stem, String countryLetter, int yearOffset, Set<String> readers) {
			this.word = TestRun.word(stem);
			this.country = countryLetter + TestRun.COUNTRY.substring(1);
			this.year = String.valueOf(TestRun.YEAR + yearOffset);
			this.readers = readers;
		}

		boolean readableBy(String caller) {
			return this.readers == null || (caller != null && this.readers.contains(caller));
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private OrganisationService organisations;

	private DocumentsTestClient client;

	@BeforeAll
	void uploadOneDocumentPerLevel() throws Exception {
		this.client = new DocumentsTestClient(this.mvc, this.accounts);
		if (this.accounts.find("otherngo").isEmpty()) {
			long other = this.organisations.register("Another organisation (test)", OrganisationKind.NGO, "GH", null)
				.getId();
			this.accounts.createDemoAccount(new InvitationForm("otherngo", "Other NGO member", "otherngo@example.org",
					Role.CIVIL_SOCIETY, null, other), "demo");
		}
		long ngoOrganisation = this.accounts.find("ngo").orElseThrow().getOrganisationId();
		for (Secret secret : Secret.values()) {
			String level = switch (secret) {
				case PUBLIC_DOCUMENT -> "PUBLIC";
				case REVIEW_DOCUMENT, OTHER_REVIEW_DOCUMENT -> "REVIEW";
				case SECRETARIAT_DOCUMENT -> "SECRETARIAT";
				case ORGANISATION_DOCUMENT -> "ORGANISATION";
			};
			String review = (secret == Secret.OTHER_REVIEW_DOCUMENT)
					? String.valueOf(TestReviewMemberships.OTHER_REVIEW) : String.valueOf(TestReviewMemberships.REVIEW);
			secret.id = this.client.uploaded("secretariat",
					DocumentsTestClient.fields("title", "Report " + secret.word, "type", "REVIEW_DOCUMENT", "language",
							"en", "country", secret.country, "instrument", "UNTOC", "articles", "5", "date",
							secret.year + "-06-01", "confidentiality", level, "reviewId", review, "organisationId",
							String.valueOf(ngoOrganisation)),
					"report.txt", ("The " + secret.word + " findings on the criminalization of participation.")
						.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** A query for any of this run's five documents. */
	static String everyWord() {
		return String.join(" | ", Stream.of(Secret.values()).map((s) -> s.word).toList());
	}

	static Stream<Arguments> everyCallerAndDocument() {
		return CALLERS.stream()
			.flatMap((caller) -> Stream.of(Secret.values()).map((secret) -> Arguments.of(caller, secret)));
	}

	static Stream<String> everyCaller() {
		return CALLERS.stream();
	}

	@ParameterizedTest(name = "{0} searching for {1}")
	@MethodSource("everyCallerAndDocument")
	void aSearchForTheUniqueWordFindsTheDocumentOnlyForItsReaders(String caller, Secret secret) throws Exception {
		JsonNode results = this.client.search(caller, "q=" + secret.word);
		if (secret.readableBy(caller)) {
			assertThat(results.path("total").asLong()).isEqualTo(1);
			assertThat(results.path("hits").get(0).path("id").asText()).isEqualTo(String.valueOf(secret.id));
			assertThat(results.path("hits").get(0).path("snippet").asText())
				.contains("<mark>" + secret.word + "</mark>");
			assertThat(results.path("facets").path("country").toString()).contains("\"" + secret.country + "\"");
		}
		else {
			assertThat(results.path("total").asLong()).isZero();
			assertThat(results.path("hits")).isEmpty();
			results.path("facets").forEach((facet) -> assertThat(facet).isEmpty());
			assertThat(results.toString()).doesNotContain(secret.word);
		}
	}

	@ParameterizedTest(name = "{0} browsing everything")
	@MethodSource("everyCaller")
	void browsingEverythingShowsNoTraceOfWhatTheCallerMayNotRead(String caller) throws Exception {
		// Only this run's five documents, whatever else the database holds.
		JsonNode results = this.client.search(caller, "size=50&q=" + everyWord());
		String body = results.toString();
		String everything = this.client.search(caller, "size=50&sort=date").toString();
		for (Secret secret : Secret.values()) {
			if (!secret.readableBy(caller)) {
				assertThat(everything).as(secret + " anywhere when browsing everything")
					.doesNotContain(secret.word)
					.doesNotContain("\"" + secret.country + "\"")
					.doesNotContain("\"" + secret.year + "\"");
			}
		}
		long readable = Stream.of(Secret.values()).filter((s) -> s.readableBy(caller)).count();
		for (Secret secret : Secret.values()) {
			boolean visible = secret.readableBy(caller);
			assertThat(body.contains(secret.word)).as(secret + " in results").isEqualTo(visible);
			assertThat(results.path("facets").path("country").toString().contains("\"" + secret.country + "\""))
				.as(secret + " in the country facet")
				.isEqualTo(visible);
			assertThat(results.path("facets").path("year").toString().contains("\"" + secret.year + "\""))
				.as(secret + " in the year facet")
				.isEqualTo(visible);
		}
		long yearCounts = 0;
		for (JsonNode year : results.path("facets").path("year")) {
			if (Stream.of(Secret.values()).anyMatch((s) -> s.year.equals(year.path("value").asText()))) {
				yearCounts += year.path("count").asLong();
			}
		}
		assertThat(yearCounts).as("counted documents of the test years").isEqualTo(readable);
	}

	@ParameterizedTest(name = "{0} opening {1}")
	@MethodSource("everyCallerAndDocument")
	void theDocumentItsFileAndItsPageAnswerOnlyItsReadersAndNotFoundToOthers(String caller, Secret secret)
			throws Exception {
		int expected = secret.readableBy(caller) ? 200 : 404;
		MockHttpServletResponse json = this.client.get(caller, "/api/documents/" + secret.id);
		assertThat(json.getStatus()).isEqualTo(expected);
		MockHttpServletResponse file = this.client.get(caller, "/api/documents/" + secret.id + "/file");
		assertThat(file.getStatus()).isEqualTo(expected);
		MockHttpServletResponse page = this.client.get(caller, "/library/" + secret.id);
		assertThat(page.getStatus()).isEqualTo(expected);
		if (expected == 200) {
			assertThat(file.getContentAsString(StandardCharsets.UTF_8)).contains(secret.word);
			assertThat(page.getContentAsString()).contains(secret.word);
		}
		else {
			assertThat(json.getContentAsString() + file.getContentAsString() + page.getContentAsString())
				.doesNotContain(secret.word);
		}
	}

	@ParameterizedTest(name = "{0} on the library page")
	@MethodSource("everyCaller")
	void theLibraryPageShowsOnlyReadableDocumentsAndFacets(String caller) throws Exception {
		MockHttpServletResponse response = this.client.get(caller, "/library?q=" + everyWord());
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		String facets = page.select("aside.facets").text();
		for (Secret secret : Secret.values()) {
			boolean visible = secret.readableBy(caller);
			assertThat(page.text().contains(secret.word)).as(secret + " on the page").isEqualTo(visible);
			assertThat(facets.contains(secret.country)).as(secret + " among the facets").isEqualTo(visible);
		}
		for (Secret secret : Secret.values()) {
			Document searched = Jsoup.parse(this.client.get(caller, "/library?q=" + secret.word).getContentAsString());
			assertThat(searched.select("ol.hits li")).hasSize(secret.readableBy(caller) ? 1 : 0);
			assertThat(searched.select("ol.hits mark").text()).isEqualTo(secret.readableBy(caller) ? secret.word : "");
		}
	}

	@ParameterizedTest(name = "{0} filtering by country")
	@MethodSource("everyCaller")
	void filteringByAConfidentialDocumentsCountryOrYearCountsNothingForOthers(String caller) throws Exception {
		for (Secret secret : Secret.values()) {
			long expected = secret.readableBy(caller) ? 1 : 0;
			assertThat(this.client.search(caller, "country=" + secret.country).path("total").asLong())
				.isEqualTo(expected);
			assertThat(this.client.search(caller, "year=" + secret.year).path("total").asLong()).isEqualTo(expected);
		}
	}

}
