package org.palermo.accounts;

import java.time.Instant;
import java.util.List;

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

	@Autowired
	private SecurityEvents events;

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
		// The code that turned the factor on cannot serve again: the next step's code
		// does.
		MvcResult accepted = this.mvc
			.perform(post("/login/totp").param("code", Totp.code(secret, Instant.now().plusSeconds(30)))
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
	void spacesOrCaseInTheNameDoNotBuyMoreGuesses() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		String name = account.getUsername();
		String[] variants = { name, " " + name, name + " ", "  " + name, name.toUpperCase(), "\t" + name };
		int refusedAsWrong = 0;
		for (int i = 0; i < 12; i++) {
			String next = signIn(variants[i % variants.length], "guess" + i, "10.9.9.10", new MockHttpSession())
				.getResponse()
				.getRedirectedUrl();
			if ("/login?error".equals(next)) {
				refusedAsWrong++;
			}
			else {
				assertThat(next).isEqualTo("/login?throttled");
			}
		}
		assertThat(refusedAsWrong).isEqualTo(5);
		assertThat(signIn(" " + name + " ", TestAccounts.PASSWORD, "10.9.9.10", new MockHttpSession()).getResponse()
			.getRedirectedUrl()).isEqualTo("/login?throttled");
	}

	@Test
	void aSecondFactorCodeCompletesOneSignInOnly() throws Exception {
		TestAccounts.WithSecondFactor person = TestAccounts.createWithSecondFactor(this.accounts, Role.FOCAL_POINT);
		String code = Totp.code(person.secret(), Instant.now().plusSeconds(30));
		MockHttpSession first = new MockHttpSession();
		signIn(person.account().getUsername(), TestAccounts.PASSWORD, "127.0.0.21", first);
		assertThat(this.mvc.perform(post("/login/totp").param("code", code).with(csrf()).session(first))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		MockHttpSession second = new MockHttpSession();
		signIn(person.account().getUsername(), TestAccounts.PASSWORD, "127.0.0.22", second);
		MvcResult replay = this.mvc.perform(post("/login/totp").param("code", code).with(csrf()).session(second))
			.andReturn();
		assertThat(replay.getResponse().getRedirectedUrl()).isNull();
		assertThat(replay.getResponse().getContentAsString()).contains("class=\"error\"");
		assertThat(this.mvc.perform(get("/account").session(second)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void aRecoveryCodeStandsInForTheSecondFactorOnce() throws Exception {
		TestAccounts.WithSecondFactor person = TestAccounts.createWithSecondFactor(this.accounts, Role.EXPERT);
		assertThat(person.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
		String code = person.recoveryCodes().get(3);
		MockHttpSession first = new MockHttpSession();
		signIn(person.account().getUsername(), TestAccounts.PASSWORD, "127.0.0.23", first);
		assertThat(this.mvc.perform(post("/login/totp").param("code", code.toUpperCase()).with(csrf()).session(first))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		MockHttpSession second = new MockHttpSession();
		signIn(person.account().getUsername(), TestAccounts.PASSWORD, "127.0.0.24", second);
		assertThat(this.mvc.perform(post("/login/totp").param("code", code).with(csrf()).session(second))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isNull();
		assertThat(this.accounts.unusedRecoveryCodes(person.account().getUsername())).isEqualTo(9);
	}

	@Test
	void aNewAuthenticatorNeedsACodeFromTheCurrentOne() throws Exception {
		TestAccounts.WithSecondFactor person = TestAccounts.createWithSecondFactor(this.accounts, Role.BUREAU);
		MockHttpSession session = TestAccounts.signIn(this.mvc, person.account().getUsername(), TestAccounts.PASSWORD,
				person.recoveryCodes().get(0));
		this.mvc.perform(get("/account/totp").session(session));
		String newSecret = (String) session.getAttribute("palermo.totpEnrolmentSecret");
		String newCode = Totp.code(newSecret, Instant.now());
		MvcResult without = this.mvc.perform(post("/account/totp").param("code", newCode).with(csrf()).session(session))
			.andReturn();
		assertThat(without.getResponse().getContentAsString()).contains("class=\"error\"");
		assertThat(this.accounts.find(person.account().getUsername()).orElseThrow().getTotpSecret())
			.isEqualTo(person.secret());
		MvcResult with = this.mvc
			.perform(post("/account/totp").param("code", newCode)
				.param("currentCode", Totp.code(person.secret(), Instant.now().plusSeconds(30)))
				.with(csrf())
				.session(session))
			.andReturn();
		assertThat(with.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.accounts.find(person.account().getUsername()).orElseThrow().getTotpSecret())
			.isEqualTo(newSecret);
		assertThat(with.getFlashMap().get("recoveryCodes")).asList().hasSize(10);
	}

	@Test
	void signInsFailuresAndThrottlingAreRecordedWithTimeAccountAndAddress() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		signIn(account.getUsername(), TestAccounts.PASSWORD, "10.4.4.1", new MockHttpSession());
		for (int i = 0; i < 6; i++) {
			signIn(account.getUsername(), "wrong" + i, "10.4.4.2", new MockHttpSession());
		}
		List<SecurityEvent> events = this.events.of(account);
		assertThat(events).extracting(SecurityEvent::getKind)
			.contains("SIGN_IN_SUCCEEDED", "SIGN_IN_FAILED", "SIGN_IN_THROTTLED");
		assertThat(events).filteredOn((e) -> e.getKind().equals("SIGN_IN_SUCCEEDED")).singleElement().satisfies((e) -> {
			assertThat(e.getAddress()).isEqualTo("10.4.4.1");
			assertThat(e.getOccurredAt()).isAfter(Instant.now().minusSeconds(60));
			assertThat(e.getUsername()).isEqualTo(account.getUsername());
		});
		assertThat(events).filteredOn((e) -> e.getKind().equals("SIGN_IN_FAILED")).hasSize(5);
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		signIn("observer", "demo", "127.0.0.14", session);
		this.mvc.perform(post("/logout").with(csrf()).session(session));
		assertThat(session.isInvalid()).isTrue();
	}

}
