package org.palermo.documents;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.palermo.accounts.AccountService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint of the library and search, asked by every role and by nobody, each
 * signed in with their own access token; and who may upload what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestReviewMemberships.class)
class DocumentAuthorizationIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	private DocumentsTestClient client;

	@BeforeEach
	void client() {
		this.client = new DocumentsTestClient(this.mvc, this.accounts);
	}

	/**
	 * Endpoint, then the status for: nobody, secretariat, focalpoint, expert, observer,
	 * reviewer, ngo, bureau.
	 */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /library, 200, 200, 200, 200, 200, 200, 200, 200",
			"GET, /library?q=trafficking&lang=en&sort=date, 200, 200, 200, 200, 200, 200, 200, 200",
			"GET, /api/search?q=trafficking, 200, 200, 200, 200, 200, 200, 200, 200",
			"GET, /documents/new, 302, 200, 200, 200, 403, 200, 200, 403",
			"GET, /admin/search, 302, 200, 403, 403, 403, 403, 403, 403",
			"POST, /admin/search/reindex, 302, 302, 403, 403, 403, 403, 403, 403",
			"GET, /library/999999, 404, 404, 404, 404, 404, 404, 404, 404",
			"GET, /api/documents/999999, 404, 404, 404, 404, 404, 404, 404, 404",
			"GET, /api/documents/999999/file, 404, 404, 404, 404, 404, 404, 404, 404" })
	void everyRoleGetsTheAnswerItsRoleCalls(String method, String url, int anonymous, int secretariat, int focalpoint,
			int expert, int observer, int reviewer, int ngo, int bureau) throws Exception {
		String[] callers = { null, "secretariat", "focalpoint", "expert", "observer", "reviewer", "ngo", "bureau" };
		int[] expected = { anonymous, secretariat, focalpoint, expert, observer, reviewer, ngo, bureau };
		for (int i = 0; i < callers.length; i++) {
			// Nobody carries a valid CSRF token, so that the answer is about who they
			// are.
			var request = method.equals("GET") ? get(url) : post(url).with(csrf());
			MockHttpServletResponse response = this.mvc.perform(request.with(this.client.as(callers[i])))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(method + " " + url + " as " + callers[i]).isEqualTo(expected[i]);
			if (expected[i] == 302 && callers[i] == null) {
				assertThat(response.getRedirectedUrl()).endsWith("/login");
			}
		}
	}

	static Stream<Arguments> uploads() {
		String review = String.valueOf(TestReviewMemberships.REVIEW);
		String other = String.valueOf(TestReviewMemberships.OTHER_REVIEW);
		return Stream.of(
				// who, type, level, country, review, expected status, expected message or
				// country kept
				Arguments.of(null, "LEGISLATION", "PUBLIC", "", "", 401, null),
				Arguments.of("observer", "LEGISLATION", "PUBLIC", "", "", 403, null),
				Arguments.of("bureau", "LEGISLATION", "PUBLIC", "", "", 403, null),
				Arguments.of("secretariat", "GUIDE", "SECRETARIAT", "", "", 201, null),
				Arguments.of("secretariat", "REVIEW_DOCUMENT", "REVIEW", "KE", other, 201, "KE"),
				Arguments.of("focalpoint", "CASE_LAW", "PUBLIC", "", "", 201, "KE"),
				Arguments.of("expert", "LEGISLATION", "REVIEW", "KE", review, 201, "KE"),
				Arguments.of("reviewer", "LEGISLATION", "PUBLIC", "", "", 201, "FR"),
				Arguments.of("expert", "POLICY", "PUBLIC", "", "", 400,
						"A State's focal point or expert may add legislation or case law only."),
				Arguments.of("expert", "LEGISLATION", "SECRETARIAT", "", "", 400,
						"A State's focal point or expert may make a document public or visible to a country review only."),
				Arguments.of("reviewer", "LEGISLATION", "PUBLIC", "KE", "", 400,
						"You may add documents of your own country only."),
				Arguments.of("expert", "LEGISLATION", "REVIEW", "", other, 400,
						"You may make a document visible only to a country review you take part in."),
				Arguments.of("ngo", "CIVIL_SOCIETY_INPUT", "ORGANISATION", "", "", 201, null),
				Arguments.of("ngo", "CIVIL_SOCIETY_INPUT", "PUBLIC", "", "", 201, null),
				Arguments.of("ngo", "LEGISLATION", "PUBLIC", "", "", 400,
						"Civil society may add civil society input only."),
				Arguments.of("ngo", "CIVIL_SOCIETY_INPUT", "REVIEW", "", review, 400,
						"Civil society input is visible to your organisation or public."));
	}

	@ParameterizedTest(name = "{0} uploads {1} at level {2}")
	@MethodSource("uploads")
	void eachRoleUploadsOnlyWhatItMay(String who, String type, String level, String country, String review, int status,
			String detail) throws Exception {
		MockHttpServletResponse response = this.client.upload(who,
				DocumentsTestClient.fields("title", "Upload by " + who, "type", type, "language", "en", "country",
						country, "confidentiality", level, "reviewId", review),
				"law.txt", ("Text uploaded by " + who).getBytes(StandardCharsets.UTF_8));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		if (status == 201) {
			JsonNode document = this.client.json(response);
			if (detail != null) {
				assertThat(document.path("country").asText()).isEqualTo(detail);
			}
			assertThat(this.client.get(who, "/api/documents/" + document.path("id").asLong()).getStatus())
				.as("the uploader reads what they uploaded")
				.isEqualTo(200);
			if (who.equals("ngo") && level.equals("ORGANISATION")) {
				assertThat(document.path("organisationId").asLong())
					.isEqualTo(this.accounts.find("ngo").orElseThrow().getOrganisationId());
			}
		}
		else if (status == 400) {
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(this.client.json(response).path("detail").asText()).isEqualTo(detail);
		}
		else {
			assertThat(response.getContentType()).startsWith("application/problem+json");
		}
	}

	@ParameterizedTest(name = "civil society cannot choose another organisation: {0}")
	@CsvSource({ "999" })
	void civilSocietyInputIsAlwaysForTheUploadersOwnOrganisation(String otherOrganisation) throws Exception {
		JsonNode document = this.client.json(this.client.upload("ngo",
				DocumentsTestClient.fields("title", "Input", "type", "CIVIL_SOCIETY_INPUT", "language", "fr",
						"confidentiality", "ORGANISATION", "organisationId", otherOrganisation),
				"input.txt", "Contribution de la coalition".getBytes(StandardCharsets.UTF_8)));
		assertThat(document.path("organisationId").asLong())
			.isEqualTo(this.accounts.find("ngo").orElseThrow().getOrganisationId())
			.isNotEqualTo(Long.parseLong(otherOrganisation));
		assertThat(Map.of("bureau", 404, "secretariat", 200)).allSatisfy((who, status) -> {
			try {
				assertThat(this.client.get(who, "/api/documents/" + document.path("id").asLong()).getStatus())
					.isEqualTo(status);
			}
			catch (Exception ex) {
				throw new AssertionError(ex);
			}
		});
	}

	@org.junit.jupiter.api.Test
	void theLibraryApiIsDescribedInOpenApi() throws Exception {
		JsonNode paths = this.client.json(this.client.get(null, "/v3/api-docs")).path("paths");
		assertThat(paths.has("/api/search")).isTrue();
		assertThat(paths.path("/api/search").path("get").path("parameters").toString()).contains("\"q\"", "\"lang\"",
				"\"country\"", "\"instrument\"", "\"type\"", "\"page\"");
		assertThat(paths.path("/api/documents").has("post")).isTrue();
		assertThat(paths.path("/api/documents/{id}").has("get")).isTrue();
		assertThat(paths.path("/api/documents/{id}/file").has("get")).isTrue();
	}

}
