package org.palermo.accounts;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class AccessTokenIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private AccessTokenRepository tokens;

	@Autowired
	private TransactionTemplate transactions;

	private String createToken(MockHttpSession session, String scope, String days) throws Exception {
		Object token = this.mvc
			.perform(post("/account/tokens").param("name", "script")
				.param("scope", scope)
				.param("days", days)
				.with(csrf())
				.session(session))
			.andReturn()
			.getFlashMap()
			.get("newToken");
		assertThat(token).asString().startsWith("plm_");
		return (String) token;
	}

	private String createToken(Account account) throws Exception {
		return createToken(TestAccounts.signIn(this.mvc, account), "READ", "90");
	}

	private int status(String path, String token) throws Exception {
		return this.mvc.perform(get(path).header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	@Test
	void aTokenIsShownOnceStoredHashedAndReadsTheApiForItsOwner() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.SECRETARIAT);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String token = createToken(session, "READ", "90");
		assertThat(status("/api/parties/KE", token)).isEqualTo(200);
		String first = this.mvc.perform(get("/account").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains(token);
		String again = this.mvc.perform(get("/account").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains(token.substring(0, 8)).doesNotContain(token);
	}

	@Test
	void aTokenWorksOnlyOnTheApiNeverOnAccountOrAdminPages() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.SECRETARIAT);
		String token = createToken(TestAccounts.signIn(this.mvc, account), "READ_WRITE", "90");
		assertThat(status("/admin/audit", token)).isEqualTo(401);
		assertThat(status("/account", token)).isEqualTo(401);
		assertThat(status("/admin/accounts", token)).isEqualTo(401);
	}

	@Test
	void aTokenAloneCannotMintAnotherTokenNorOpenASession() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		String token = createToken(account);
		MockHttpServletResponse response = this.mvc
			.perform(post("/account/tokens").param("name", "second").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(this.accounts.tokensOf(account.getUsername())).hasSize(1);
	}

	@Test
	void aReadTokenOnlyReads() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.SECRETARIAT);
		String token = createToken(TestAccounts.signIn(this.mvc, account), "READ", "30");
		MockHttpServletResponse refused = this.mvc
			.perform(post("/api/parties").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getContentAsString()).contains("may only read");
	}

	@Test
	void aTokenExpiresAfterItsDaysAndLivesAtMostAYear() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		Object refused = this.mvc
			.perform(post("/account/tokens").param("name", "forever")
				.param("scope", "READ")
				.param("days", "366")
				.with(csrf())
				.session(session))
			.andReturn()
			.getFlashMap()
			.get("error");
		assertThat(refused).isEqualTo("token.error.days");
		createToken(session, "READ", "7");
		AccessToken token = this.accounts.tokensOf(account.getUsername()).get(0);
		assertThat(token.getExpiresAt()).isBetween(Instant.now().plusSeconds(7 * 86400 - 120),
				Instant.now().plusSeconds(7 * 86400 + 120));
		assertThat(token.isUsable(Instant.now().plusSeconds(8 * 86400))).isFalse();
		String defaulted = this.mvc
			.perform(post("/account/tokens").param("name", "default").with(csrf()).session(session))
			.andReturn()
			.getFlashMap()
			.get("newToken")
			.toString();
		AccessToken byDefault = this.accounts.tokensOf(account.getUsername()).get(0);
		assertThat(defaulted).startsWith(byDefault.getPrefix());
		assertThat(byDefault.getScope()).isEqualTo(TokenScope.READ);
		assertThat(byDefault.getExpiresAt()).isAfter(Instant.now().plusSeconds(89 * 86400));
	}

	@Test
	void aTokenCarriesOnlyItsOwnersRole() throws Exception {
		Account expert = TestAccounts.create(this.accounts, Role.EXPERT);
		MockHttpSession session = TestAccounts.signIn(this.mvc, expert);
		String token = createToken(session, "READ_WRITE", "90");
		assertThat(this.mvc.perform(post("/api/admin/anything").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aRevokedTokenOrADisabledAccountsTokenIsRefusedWithProblemJson() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String revoked = createToken(session, "READ", "90");
		long id = this.accounts.tokensOf(account.getUsername()).get(0).getId();
		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).session(session));
		MockHttpServletResponse refused = this.mvc
			.perform(get("/api/parties/KE").header("Authorization", "Bearer " + revoked))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(401);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
	}

	@Test
	void disablingAnAccountRevokesItsTokensForGood() throws Exception {
		Account other = TestAccounts.create(this.accounts, Role.OBSERVER);
		String live = createToken(other);
		assertThat(status("/api/parties/KE", live)).isEqualTo(200);
		this.accounts.disable(other.getId(), this.accounts.find(other.getUsername()).orElseThrow().getVersion(),
				"secretariat");
		assertThat(status("/api/parties/KE", live)).isEqualTo(401);
		this.accounts.enable(other.getId(), this.accounts.find(other.getUsername()).orElseThrow().getVersion());
		assertThat(status("/api/parties/KE", live)).isEqualTo(401);
		assertThat(this.accounts.tokensOf(other.getUsername())).allSatisfy((t) -> assertThat(t.isActive()).isFalse());
	}

	@Test
	void nobodyRevokesAnotherPersonsToken() throws Exception {
		Account owner = TestAccounts.create(this.accounts, Role.EXPERT);
		String token = createToken(owner);
		long id = this.accounts.tokensOf(owner.getUsername()).get(0).getId();
		MockHttpSession intruder = TestAccounts.signIn(this.mvc, TestAccounts.create(this.accounts, Role.EXPERT));
		int status = this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).session(intruder))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
		assertThat(status("/api/parties/KE", token)).isEqualTo(200);
	}

	@Test
	void browsersNeedTheCsrfTokenToCreateATokenAndTheOwnerSeesLastUse() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		assertThat(this.mvc.perform(post("/account/tokens").param("name", "third").session(session))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		String token = createToken(session, "READ", "90");
		assertThat(this.accounts.tokensOf(account.getUsername()).get(0).getLastUsedAt()).isNull();
		status("/api/parties/KE", token);
		assertThat(this.accounts.tokensOf(account.getUsername()).get(0).getLastUsedAt()).isNotNull();
	}

	@Test
	void aUseOfTheTokenAtTheMomentItIsRevokedDoesNotBringItBack() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		String token = createToken(account);
		long id = this.accounts.tokensOf(account.getUsername()).get(0).getId();
		// An API request authenticates inside a longer transaction while the owner
		// revokes
		// the token from another request: the use must not write the token back as it
		// read it.
		this.transactions.executeWithoutResult((status) -> {
			assertThat(this.accounts.authenticateToken(token)).isPresent();
			Thread revoker = new Thread(() -> this.accounts.revokeToken(account.getUsername(), id));
			revoker.start();
			try {
				revoker.join(TimeUnit.SECONDS.toMillis(20));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			assertThat(revoker.isAlive()).as("revocation blocked by the request").isFalse();
		});
		assertThat(this.tokens.findById(id).orElseThrow().isActive()).isFalse();
		assertThat(status("/api/parties/KE", token)).isEqualTo(401);
	}

	@Test
	void theOwnerIsToldByMailOfANewToken() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		createToken(account);
		String page = this.mvc
			.perform(get("/admin/outbox")
				.session(TestAccounts.signIn(this.mvc, TestAccounts.create(this.accounts, Role.SECRETARIAT))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(account.getEmail()).contains("A new access token for your Palermo account");
	}

}
