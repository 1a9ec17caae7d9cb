package org.palermo.system;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Errors answer in the reader's language, as a page for people and problem+json for the
 * API, and say nothing about what exists behind them. MockMvc does not forward to
 * {@code /error}, so the error dispatch is made explicitly, as the servlet container
 * does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesIntegrationTests {

	@Autowired
	private MockMvc mvc;

	private MockHttpServletResponse errorFor(String uri, int status, Cookie... cookies) throws Exception {
		return this.mvc
			.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", status)
				.requestAttr("jakarta.servlet.error.request_uri", uri)
				.cookie(cookies.length == 0 ? new Cookie("x", "y") : cookies[0]))
			.andReturn()
			.getResponse();
	}

	@Test
	void aMissingPageIsExplainedInArabicRightToLeft() throws Exception {
		MockHttpServletResponse response = errorFor("/parties/QQ", 404, new Cookie("palermo-lang", "ar"));
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("غير موجود");
	}

	@Test
	void aForbiddenPageSaysOnlyThatTheRoleDoesNotAllowIt() throws Exception {
		MockHttpServletResponse existing = errorFor("/admin/accounts/1", 403, new Cookie("palermo-lang", "es"));
		MockHttpServletResponse missing = errorFor("/admin/accounts/987654", 403, new Cookie("palermo-lang", "es"));
		assertThat(existing.getStatus()).isEqualTo(403);
		assertThat(existing.getContentAsString()).contains("Su función no lo permite.");
		// Whether account 1 exists or not, the refusal reads the same.
		assertThat(existing.getContentAsString().replace("/admin/accounts/1", "?"))
			.isEqualTo(missing.getContentAsString().replace("/admin/accounts/987654", "?"));
	}

	@Test
	void theApiAnswersProblemJsonInTheCallersLanguage() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/parties/QQ").header("Accept-Language", "fr"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"title\":\"Introuvable\"");
		MockHttpServletResponse unknownPath = errorFor("/api/nothing-here", 404);
		assertThat(unknownPath.getContentType()).startsWith("application/problem+json");
	}

	@Test
	void aBadFilterValueIsABadRequestNotACrash() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/parties").param("group", "ATLANTIS"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
	}

	@Test
	void everyPageCarriesTheSecureHeaders() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/")).andReturn().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void aNonSecretariatRoleIsRefusedTheAdminScreens() throws Exception {
		assertThat(this.mvc.perform(get("/admin/audit").with(user("expert").roles("EXPERT")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
