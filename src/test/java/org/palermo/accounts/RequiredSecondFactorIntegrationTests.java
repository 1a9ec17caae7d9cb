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

/** As in production: the secretariat cannot work without a second factor. */
@SpringBootTest(properties = "palermo.security.require-totp-for-secretariat=true")
@AutoConfigureMockMvc
class RequiredSecondFactorIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void theSecretariatMustSetUpASecondFactorBeforeReachingAnything() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.SECRETARIAT);
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
		assertThat(this.mvc.perform(get("/admin").session(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		this.mvc.perform(get("/login/totp-setup").session(session));
		String secret = (String) session.getAttribute("palermo.totpSetupSecret");
		assertThat(secret).isNotNull();
		String done = this.mvc.perform(
				post("/login/totp-setup").param("code", Totp.code(secret, Instant.now())).with(csrf()).session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(done).endsWith("/admin?continue");
		assertThat(this.mvc.perform(get("/admin").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.accounts.find(account.getUsername()).orElseThrow().isTotpEnabled()).isTrue();
	}

	@Test
	void otherRolesMayStillSignInWithAPasswordAlone() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		String next = this.mvc
			.perform(post("/login").param("username", account.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).isEqualTo("/");
	}

}
