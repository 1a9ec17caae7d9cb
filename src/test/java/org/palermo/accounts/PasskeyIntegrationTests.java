package org.palermo.accounts;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passkeys through Spring Security's real WebAuthn endpoints, with a software
 * authenticator answering the ceremonies as a browser would: registering on one's
 * account, signing in with the passkey alone (no password, no code), and everything that
 * must be refused.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@AutoConfigureMockMvc
class PasskeyIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private SecurityEvents events;

	@Autowired
	private RelyingParty relyingParty;

	@Test
	void aPersonWithASecondFactorRegistersAPasskeyThenSignsInWithItAloneWithoutBeingAskedForACode() throws Exception {
		TestAccounts.WithSecondFactor person = TestAccounts.createWithSecondFactor(this.accounts, Role.EXPERT);
		Account account = person.account();
		MockHttpSession session = TestAccounts.signIn(this.mvc, account.getUsername(), TestAccounts.PASSWORD,
				person.recoveryCodes().get(0));
		SoftwareAuthenticator authenticator = authenticator();

		String userHandle = register(session, authenticator, "Office laptop");

		String page = this.mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Office laptop").contains("/account/passkeys/" + authenticator.credentialId());
		assertThat(this.events.of(account)).anySatisfy((event) -> {
			assertThat(event.getKind()).isEqualTo(SecurityEvents.PASSKEY_REGISTERED);
			assertThat(event.getDetail()).isEqualTo("Office laptop");
		});
		// Mail is stored, then sent once the change is committed.
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(smtp.getReceivedMessagesForDomain(account.getEmail())).anySatisfy(
					(mail) -> assertThat(mail.getSubject()).isEqualTo("A new passkey for your Palermo account")));

		MockHttpSession browser = new MockHttpSession();
		signInWithPasskey(browser, authenticator, userHandle).andExpect(status().isOk())
			.andExpect(jsonPath("$.authenticated").value(true))
			.andExpect(jsonPath("$.redirectUrl").value("/"));
		// Fully signed in: the account page opens, no code was asked.
		String signedIn = this.mvc.perform(get("/account").session(browser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(signedIn).contains(account.getUsername()).contains("Office laptop");
		assertThat(this.events.of(account)).anySatisfy((event) -> {
			assertThat(event.getKind()).isEqualTo(SecurityEvents.SIGN_IN_SUCCEEDED);
			assertThat(event.getDetail()).isEqualTo("passkey");
		});
	}

	@Test
	void aForgedOrReplayedAssertionSignsNobodyIn() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		SoftwareAuthenticator authenticator = authenticator();
		String userHandle = register(TestAccounts.signIn(this.mvc, account), authenticator, "Key");

		MockHttpSession forger = new MockHttpSession();
		String challenge = requestOptions(forger);
		this.mvc
			.perform(post("/login/webauthn").session(forger)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(authenticator.forgedAssertion(challenge, userHandle)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/account").session(forger)).andExpect(status().is3xxRedirection());

		MockHttpSession replayer = new MockHttpSession();
		String assertion = authenticator.assertion(requestOptions(replayer), userHandle);
		ceremony(replayer, "/login/webauthn", assertion).andExpect(status().isOk());
		MockHttpSession other = new MockHttpSession();
		requestOptions(other);
		ceremony(other, "/login/webauthn", assertion).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/account").session(other)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aDisabledAccountsPasskeySignsNobodyIn() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		SoftwareAuthenticator authenticator = authenticator();
		String userHandle = register(TestAccounts.signIn(this.mvc, account), authenticator, "Key");
		Account secretariat = this.accounts.find("secretariat").orElseThrow();
		this.accounts.disable(account.getId(), this.accounts.account(account.getId()).getVersion(),
				secretariat.getUsername());

		MockHttpSession browser = new MockHttpSession();
		signInWithPasskey(browser, authenticator, userHandle).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/account").session(browser)).andExpect(status().is3xxRedirection());
	}

	@Test
	void nobodyRegistersAPasskeyWithoutASessionNorWithAToken() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.SECRETARIAT);
		String token = this.accounts.createToken(account.getUsername(), "tool", TokenScope.READ_WRITE, 30, null);

		MockHttpSession anonymous = new MockHttpSession();
		this.mvc.perform(post("/webauthn/register/options").session(anonymous).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(""));
		this.mvc
			.perform(post("/webauthn/register").session(anonymous)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().is3xxRedirection());

		for (String path : new String[] { "/webauthn/register/options", "/webauthn/register" }) {
			this.mvc
				.perform(post(path).header("Authorization", "Bearer " + token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").exists());
		}
		this.mvc.perform(delete("/webauthn/register/AAAA").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		// And without the CSRF header, a signed-in session cannot either.
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		this.mvc.perform(post("/webauthn/register/options").session(session)).andExpect(status().isForbidden());
		assertThat(this.events.of(account)).noneMatch((e) -> e.getKind().equals(SecurityEvents.PASSKEY_REGISTERED));
	}

	@Test
	void aSignedInSessionRegistersAPasskeyOnlyRightAfterGivingThePasswordAgainOnlyOneAndOtherSessionsEnd()
			throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.FOCAL_POINT);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		ceremony(session, "/webauthn/register/options", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("Give your password again on your account page before registering a passkey."));
		this.mvc
			.perform(post("/account/passkeys/confirm").param("password", "not the password at all")
				.session(session)
				.with(csrf()))
			.andExpect(status().isBadRequest());
		ceremony(session, "/webauthn/register/options", null).andExpect(status().isForbidden());

		MockHttpSession elsewhere = TestAccounts.signIn(this.mvc, account);
		register(session, authenticator(), "First");
		ceremony(session, "/webauthn/register/options", null).andExpect(status().isForbidden());
		// A new way in ends the person's other sessions; the one that added it stays.
		this.mvc.perform(get("/account").session(session)).andExpect(status().isOk());
		assertThat(this.mvc.perform(get("/account").session(elsewhere)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?expired");
		assertThat(this.events.of(account)).anySatisfy((e) -> {
			assertThat(e.getKind()).isEqualTo(SecurityEvents.SIGN_IN_FAILED);
			assertThat(e.getDetail()).isEqualTo("passkey-confirmation");
		});
	}

	@Test
	void aPasskeyThatDoesNotVerifyItsUserIsRefusedInWordsNotWithAServerError() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		SoftwareAuthenticator authenticator = authenticator();
		confirmPassword(session);
		MvcResult options = ceremony(session, "/webauthn/register/options", null).andExpect(status().isOk())
			.andReturn();
		String challenge = JsonPath.read(options.getResponse().getContentAsString(), "$.challenge");
		assertThat((String) JsonPath.read(options.getResponse().getContentAsString(),
				"$.authenticatorSelection.userVerification"))
			.isEqualTo("required");
		ceremony(session, "/webauthn/register", authenticator.registration(challenge, "No PIN", false))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The passkey was refused. Nothing was registered."));
		assertThat(this.mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString())
			.doesNotContain("No PIN");
	}

	@Test
	void aPersonRemovesTheirOwnPasskeyOnlyAndItNoLongerSignsIn() throws Exception {
		Account owner = TestAccounts.create(this.accounts, Role.OBSERVER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, owner);
		SoftwareAuthenticator authenticator = authenticator();
		String userHandle = register(session, authenticator, "Phone");

		Account other = TestAccounts.create(this.accounts, Role.OBSERVER);
		this.mvc
			.perform(post("/account/passkeys/{id}/delete", authenticator.credentialId())
				.session(TestAccounts.signIn(this.mvc, other))
				.with(csrf()))
			.andExpect(status().isNotFound());
		signInWithPasskey(new MockHttpSession(), authenticator, userHandle).andExpect(status().isOk());

		// The session that was signed in stays after the removal (other sessions end).
		session = TestAccounts.signIn(this.mvc, owner);
		this.mvc
			.perform(post("/account/passkeys/{id}/delete", authenticator.credentialId()).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/account").session(session)).andExpect(status().isOk());
		assertThat(this.events.of(owner))
			.anySatisfy((e) -> assertThat(e.getKind()).isEqualTo(SecurityEvents.PASSKEY_REMOVED));
		signInWithPasskey(new MockHttpSession(), authenticator, userHandle).andExpect(status().isUnauthorized());
	}

	private SoftwareAuthenticator authenticator() throws Exception {
		return new SoftwareAuthenticator(this.relyingParty.id(), this.relyingParty.origins().iterator().next());
	}

	private void confirmPassword(MockHttpSession session) throws Exception {
		this.mvc
			.perform(post("/account/passkeys/confirm").param("password", TestAccounts.PASSWORD)
				.session(session)
				.with(csrf()))
			.andExpect(status().isNoContent());
	}

	/** Registers the authenticator's passkey in this session; answers the user handle. */
	private String register(MockHttpSession session, SoftwareAuthenticator authenticator, String label)
			throws Exception {
		confirmPassword(session);
		String options = ceremony(session, "/webauthn/register/options", null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		ceremony(session, "/webauthn/register",
				authenticator.registration(JsonPath.read(options, "$.challenge"), label, true))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.success").value(true));
		return JsonPath.read(options, "$.user.id");
	}

	private org.springframework.test.web.servlet.ResultActions signInWithPasskey(MockHttpSession session,
			SoftwareAuthenticator authenticator, String userHandle) throws Exception {
		return ceremony(session, "/login/webauthn", authenticator.assertion(requestOptions(session), userHandle));
	}

	private String requestOptions(MockHttpSession session) throws Exception {
		String options = ceremony(session, "/webauthn/authenticate/options", null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(options, "$.userVerification")).isEqualTo("required");
		return JsonPath.read(options, "$.challenge");
	}

	private org.springframework.test.web.servlet.ResultActions ceremony(MockHttpSession session, String path,
			String body) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.session(session)
			.with(csrf())
			.with((r) -> {
				r.setRemoteAddr("10.88.0." + (path.length() % 200 + 1));
				return r;
			});
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

}
