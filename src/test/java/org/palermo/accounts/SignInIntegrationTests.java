package org.palermo.accounts;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	private MvcResult signIn(String username, String password, String address, MockHttpSession session)
			throws Exception {
		return this.mvc
			.perform(post("/login").param("username", username)
				.param("password", password)
				.with(csrf())
				.with(from(address))
				.session(session))
			.andReturn();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aDemoAccountSignsInWithItsPasswordAndGetsANewSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = signIn("focalpoint", "demo", "127.0.0.9", session);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(session.getId()).isNotEqualTo(before);
		assertThat(this.mvc.perform(get("/account").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
		assertThat(signIn("focalpoint", "wrong", "127.0.0.10", new MockHttpSession()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(
				signIn("nobody-at-all", "wrong", "127.0.0.10", new MockHttpSession()).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void repeatedFailuresThrottleThatAddressForThatUserOnly() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(account.getUsername(), "guess" + i, "10.9.9.9", new MockHttpSession()).getResponse()
				.getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(signIn(account.getUsername(), TestAccounts.PASSWORD, "10.9.9.9", new MockHttpSession()).getResponse()
			.getRedirectedUrl()).isEqualTo("/login?throttled");
		// The person, from their own address, is not locked out by someone failing
		// elsewhere.
		assertThat(signIn(account.getUsername(), TestAccounts.PASSWORD, "10.8.8.8", new MockHttpSession()).getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aDisabledAccountCannotSignInAndItsOpenSessionEnds() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		MockHttpSession session = new MockHttpSession();
		assertThat(signIn(account.getUsername(), TestAccounts.PASSWORD, "127.0.0.11", session).getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		this.accounts.disable(account.getId(), account.getVersion(), "secretariat");
		assertThat(this.mvc.perform(get("/account").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?disabled");
		assertThat(
				signIn(account.getUsername(), TestAccounts.PASSWORD, "127.0.0.11", new MockHttpSession()).getResponse()
					.getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void withASecondFactorThePasswordAloneDoesNotSignIn() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.FOCAL_POINT);
		String secret = Totp.newSecret();
		assertThat(this.accounts.confirmTotp(account.getUsername(), secret, Totp.code(secret, Instant.now()))).isTrue();
		MockHttpSession session = new MockHttpSession();
		assertThat(signIn(account.getUsername(), TestAccounts.PASSWORD, "127.0.0.12", session).getResponse()
			.getRedirectedUrl()).isEqualTo("/login/totp");
		assertThat(this.mvc.perform(get("/account").session(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		String wrong = Totp.code(secret, Instant.now().minusSeconds(600));
		MvcResult refused = this.mvc
			.perform(post("/login/totp").param("code", wrong).with(csrf()).with(from("127.0.0.12")).session(session))
			.andReturn();
		assertThat(refused.getResponse().getContentAsString()).contains("class=\"error\"");
		MvcResult accepted = this.mvc
			.perform(post("/login/totp").param("code", Totp.code(secret, Instant.now()))
				.with(csrf())
				.with(from("127.0.0.12"))
				.session(session))
			.andReturn();
		// Back to the page the person asked for before signing in.
		assertThat(accepted.getResponse().getRedirectedUrl()).endsWith("/account?continue");
		assertThat(this.mvc.perform(get("/account").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void aPersonTurnsOnTheSecondFactorFromTheirAccountPage() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.BUREAU);
		MockHttpSession session = new MockHttpSession();
		signIn(account.getUsername(), TestAccounts.PASSWORD, "127.0.0.13", session);
		String page = this.mvc.perform(get("/account/totp").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = (String) session.getAttribute("palermo.totpEnrolmentSecret");
		assertThat(page).contains(secret);
		MvcResult done = this.mvc
			.perform(
					post("/account/totp").param("code", Totp.code(secret, Instant.now())).with(csrf()).session(session))
			.andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.accounts.find(account.getUsername()).orElseThrow().isTotpEnabled()).isTrue();
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		signIn("observer", "demo", "127.0.0.14", session);
		this.mvc.perform(post("/logout").with(csrf()).session(session));
		assertThat(session.isInvalid()).isTrue();
	}

}
