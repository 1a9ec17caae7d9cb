package org.palermo.accounts;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An installation that requires a second factor of every account (ASVS 6.3.2): an expert
 * with a password alone reaches nothing until an authenticator is set up.
 */
@SpringBootTest(properties = "palermo.security.require-second-factor-for-everyone=true")
@AutoConfigureMockMvc
class EveryoneSecondFactorIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void anExpertMustSetUpASecondFactorBeforeReachingAnything() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		MockHttpSession session = new MockHttpSession();
		String next = this.mvc
			.perform(post("/login").param("username", account.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).isEqualTo("/login/totp-setup");
		assertThat(this.mvc.perform(get("/my-work").session(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		String page = this.mvc.perform(get("/login/totp-setup").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Every Palermo account must use a second factor.");
		String secret = (String) session.getAttribute("palermo.totpSetupSecret");
		String done = this.mvc.perform(
				post("/login/totp-setup").param("code", Totp.code(secret, Instant.now())).with(csrf()).session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(done).endsWith("/my-work?continue");
		assertThat(this.mvc.perform(get("/my-work").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

}
