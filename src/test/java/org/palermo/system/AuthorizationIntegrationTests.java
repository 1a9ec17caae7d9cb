package org.palermo.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint, asked by every role (and by nobody): who gets in, who is sent to sign
 * in, who is refused. The demo accounts stand for the roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationIntegrationTests {

	/** Who asks: a demo account name and its role, or nobody. */
	enum Caller {

		ANONYMOUS(null, null), SECRETARIAT("secretariat", "SECRETARIAT"), FOCAL_POINT("focalpoint", "FOCAL_POINT"),
		EXPERT("expert", "EXPERT"), OBSERVER("observer", "OBSERVER"), CIVIL_SOCIETY("ngo", "CIVIL_SOCIETY"),
		BUREAU("bureau", "BUREAU");

		final String username;

		final String role;

		Caller(String username, String role) {
			this.username = username;
			this.role = role;
		}

		RequestPostProcessor identity() {
			return (this.username != null) ? user(this.username).roles(this.role) : (request) -> request;
		}

	}

	enum Access {

		/** Anyone may read it. */
		PUBLIC,
		/** Any signed-in person. */
		SIGNED_IN,
		/** The secretariat only. */
		SECRETARIAT,
		/** Focal points only (the page itself then checks the State). */
		FOCAL_POINT

	}

	private static final Map<String, Access> GET_PAGES = Map.ofEntries(Map.entry("/", Access.PUBLIC),
			Map.entry("/parties", Access.PUBLIC), Map.entry("/parties?group=WEOG&instrument=FA", Access.PUBLIC),
			Map.entry("/parties/KE", Access.PUBLIC), Map.entry("/instruments", Access.PUBLIC),
			Map.entry("/api/parties", Access.PUBLIC), Map.entry("/api/parties/KE", Access.PUBLIC),
			Map.entry("/api/parties.csv", Access.PUBLIC), Map.entry("/api/instruments", Access.PUBLIC),
			Map.entry("/v3/api-docs", Access.PUBLIC), Map.entry("/actuator/health", Access.PUBLIC),
			Map.entry("/login", Access.PUBLIC), Map.entry("/account", Access.SIGNED_IN),
			Map.entry("/account/totp", Access.SIGNED_IN), Map.entry("/admin", Access.SECRETARIAT),
			Map.entry("/admin/accounts", Access.SECRETARIAT), Map.entry("/admin/clusters", Access.SECRETARIAT),
			Map.entry("/admin/clusters/articles/1", Access.SECRETARIAT),
			Map.entry("/admin/participation", Access.SECRETARIAT), Map.entry("/admin/outbox", Access.SECRETARIAT),
			Map.entry("/admin/audit", Access.SECRETARIAT), Map.entry("/drawings", Access.PUBLIC),
			Map.entry("/api/drawings", Access.PUBLIC), Map.entry("/admin/drawings/new", Access.SECRETARIAT),
			Map.entry("/admin/reviews/1", Access.SECRETARIAT), Map.entry("/reviews/1/redraw", Access.FOCAL_POINT),
			Map.entry("/drawings/1", Access.PUBLIC), Map.entry("/api/drawings/1", Access.PUBLIC),
			Map.entry("/api/drawings/1/input.json", Access.PUBLIC),
			Map.entry("/api/drawings/1/draw.json", Access.PUBLIC), Map.entry("/library", Access.PUBLIC),
			Map.entry("/api/search", Access.PUBLIC), Map.entry("/admin/search", Access.SECRETARIAT));

	/**
	 * Changes only the secretariat may make: every other role is refused before anything
	 * happens.
	 */
	private static final List<String> SECRETARIAT_POSTS = List.of("/admin/accounts", "/admin/clusters/articles/1",
			"/admin/accounts/1/disable", "/admin/accounts/1/enable", "/admin/participation/imports/1/apply",
			"/admin/participation/imports/1/discard", "/admin/drawings", "/admin/drawings/split",
			"/admin/drawings/1/reveal", "/admin/reviews/1");

	@Autowired
	private MockMvc mvc;

	static Stream<Arguments> pagesAndCallers() {
		List<Arguments> cases = new ArrayList<>();
		GET_PAGES.forEach((path, access) -> {
			for (Caller caller : Caller.values()) {
				cases.add(Arguments.of(path, access, caller));
			}
		});
		return cases.stream();
	}

	@ParameterizedTest(name = "GET {0} as {2}")
	@MethodSource("pagesAndCallers")
	void eachPageAnswersEachRoleAsItsAccessRuleSays(String path, Access access, Caller caller) throws Exception {
		var response = this.mvc.perform(get(path).with(caller.identity())).andReturn().getResponse();
		int status = response.getStatus();
		String location = response.getHeader("Location");
		boolean allowed = access == Access.PUBLIC || (access == Access.SIGNED_IN && caller != Caller.ANONYMOUS)
				|| (access == Access.SECRETARIAT && caller == Caller.SECRETARIAT)
				|| (access == Access.FOCAL_POINT && caller == Caller.FOCAL_POINT);
		if (allowed) {
			assertThat(status).isEqualTo(200);
		}
		else if (caller == Caller.ANONYMOUS) {
			assertThat(status).isEqualTo(302);
			assertThat(location).endsWith("/login");
		}
		else {
			assertThat(status).isEqualTo(403);
		}
	}

	static Stream<Arguments> secretariatPostsAndOtherRoles() {
		List<Arguments> cases = new ArrayList<>();
		for (String path : SECRETARIAT_POSTS) {
			for (Caller caller : Caller.values()) {
				if (caller != Caller.SECRETARIAT) {
					cases.add(Arguments.of(path, caller));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "POST {0} as {1} is refused")
	@MethodSource("secretariatPostsAndOtherRoles")
	void onlyTheSecretariatChangesReferenceDataAndAccounts(String path, Caller caller) throws Exception {
		MockHttpServletRequestBuilder request = post(path).param("version", "0")
			.param("reason", "test")
			.param("cluster", "I")
			.with(csrf())
			.with(caller.identity());
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo((caller == Caller.ANONYMOUS) ? 302 : 403);
	}

	@ParameterizedTest(name = "redraw asked by {0} is refused")
	@MethodSource("org.palermo.system.AuthorizationIntegrationTests#nonFocalPointCallers")
	void onlyFocalPointsAskForRedraws(Caller caller) throws Exception {
		int status = this.mvc
			.perform(post("/reviews/1/redraw").param("reviewer", "FR").with(csrf()).with(caller.identity()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo((caller == Caller.ANONYMOUS) ? 302 : 403);
	}

	static Stream<Caller> nonFocalPointCallers() {
		return Stream.of(Caller.values()).filter((c) -> c != Caller.FOCAL_POINT);
	}

	@ParameterizedTest(name = "POST {0} without signing in goes to the sign-in page")
	@ValueSource(strings = { "/account/tokens", "/account/tokens/1/revoke", "/account/totp", "/account/totp/disable" })
	void personalChangesNeedASignedInPerson(String path) throws Exception {
		var response = this.mvc.perform(post(path).param("name", "x").param("code", "123456").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getHeader("Location")).endsWith("/login");
	}

	@ParameterizedTest(name = "upload as {0} is refused")
	@MethodSource("org.palermo.system.AuthorizationIntegrationTests#nonSecretariatCallers")
	void onlyTheSecretariatUploadsParticipationFiles(Caller caller) throws Exception {
		int status = this.mvc
			.perform(multipart("/admin/participation/imports").file("file", "iso2\n".getBytes())
				.with(csrf())
				.with(caller.identity()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo((caller == Caller.ANONYMOUS) ? 302 : 403);
	}

	static Stream<Caller> nonSecretariatCallers() {
		return Stream.of(Caller.values()).filter((c) -> c != Caller.SECRETARIAT);
	}

	@Test
	void aChangeWithoutCsrfTokenIsRefusedEvenForTheSecretariat() throws Exception {
		int status = this.mvc
			.perform(post("/admin/clusters/articles/1").param("version", "0")
				.param("cluster", "I")
				.param("reason", "no token")
				.with(Caller.SECRETARIAT.identity()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
	}

	@Test
	void anonymousPostsToTheApiGetProblemJson() throws Exception {
		var response = this.mvc.perform(post("/api/parties").with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
	}

}
