package org.palermo.accounts;

import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** As in production: the secretariat cannot work without a second factor. */
@SpringBootTest(properties = "palermo.security.require-totp-for-secretariat=true")
@AutoConfigureMockMvc
class RequiredSecondFactorIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private RelyingParty relyingParty;

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
	void aPasskeyIsTheSecretariatsSecondFactorAfterThePasswordAndOnItsOwn() throws Exception {
		TestAccounts.WithSecondFactor person = TestAccounts.createWithSecondFactor(this.accounts, Role.SECRETARIAT);
		String username = person.account().getUsername();
		MockHttpSession session = TestAccounts.signIn(this.mvc, username, TestAccounts.PASSWORD,
				person.recoveryCodes().get(0));
		this.mvc
			.perform(post("/account/passkeys/confirm").param("password", TestAccounts.PASSWORD)
				.with(csrf())
				.session(session))
			.andExpect(status().isNoContent());
		String creation = json(session, "/webauthn/register/options", null);
		SoftwareAuthenticator authenticator = new SoftwareAuthenticator(this.relyingParty.id(),
				this.relyingParty.origins().iterator().next());
		json(session, "/webauthn/register",
				authenticator.registration(JsonPath.read(creation, "$.challenge"), "Security key", true));
		String userHandle = JsonPath.read(creation, "$.user.id");
		// The authenticator goes (a code of the next step: the current one was used).
		this.mvc
			.perform(post("/account/totp/disable")
				.param("code", Totp.code(person.secret(), Instant.now().plusSeconds(30)))
				.with(csrf())
				.session(session))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.find(username).orElseThrow().isTotpEnabled()).isFalse();

		// The password, then the passkey where the code was asked: no set-up of an app.
		MockHttpSession signIn = new MockHttpSession();
		String next = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", TestAccounts.PASSWORD)
				.with(csrf())
				.session(signIn))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).isEqualTo("/login/totp");
		String page = this.mvc.perform(get("/login/totp").session(signIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"passkey-sign-in\"").doesNotContain("name=\"code\"");
		assertThat(this.mvc.perform(get("/admin").session(signIn)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		String request = json(signIn, "/webauthn/authenticate/options", null);
		json(signIn, "/login/webauthn", authenticator.assertion(JsonPath.read(request, "$.challenge"), userHandle));
		this.mvc.perform(get("/admin").session(signIn)).andExpect(status().isOk());

		// And alone, from a fresh browser.
		MockHttpSession fresh = new MockHttpSession();
		String options = json(fresh, "/webauthn/authenticate/options", null);
		json(fresh, "/login/webauthn", authenticator.assertion(JsonPath.read(options, "$.challenge"), userHandle));
		this.mvc.perform(get("/admin").session(fresh)).andExpect(status().isOk());
	}

	private String json(MockHttpSession session, String path, String body) throws Exception {
		var request = post(path).session(session).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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
