package org.palermo.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class AccessTokenIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	private String createToken(Account account) throws Exception {
		Object token = this.mvc
			.perform(post("/account/tokens").param("name", "script")
				.with(csrf())
				.with(user(account.getUsername()).roles(account.getRole().name())))
			.andReturn()
			.getFlashMap()
			.get("newToken");
		assertThat(token).asString().startsWith("plm_");
		return (String) token;
	}

	@Test
	void aTokenIsShownOnceStoredHashedAndActsForItsOwner() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.SECRETARIAT);
		String token = createToken(account);
		assertThat(this.mvc.perform(get("/admin/audit").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		String page = this.mvc.perform(get("/account").with(user(account.getUsername()).roles("SECRETARIAT")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(token.substring(0, 8)).doesNotContain(token);
	}

	@Test
	void aTokenCarriesOnlyItsOwnersRole() throws Exception {
		Account expert = TestAccounts.create(this.accounts, Role.EXPERT);
		String token = createToken(expert);
		assertThat(this.mvc.perform(get("/admin/audit").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aRevokedTokenOrADisabledAccountsTokenIsRefusedWithProblemJson() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		String revoked = createToken(account);
		long id = this.accounts.tokensOf(account.getUsername()).get(0).getId();
		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf())
			.with(user(account.getUsername()).roles("OBSERVER")));
		MockHttpServletResponse refused = this.mvc
			.perform(get("/api/parties/KE").header("Authorization", "Bearer " + revoked))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(401);
		assertThat(refused.getContentType()).startsWith("application/problem+json");

		Account other = TestAccounts.create(this.accounts, Role.OBSERVER);
		String live = createToken(other);
		this.accounts.disable(other.getId(), this.accounts.find(other.getUsername()).orElseThrow().getVersion(),
				"secretariat");
		assertThat(this.mvc.perform(get("/account").header("Authorization", "Bearer " + live))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
	}

	@Test
	void nobodyRevokesAnotherPersonsToken() throws Exception {
		Account owner = TestAccounts.create(this.accounts, Role.EXPERT);
		String token = createToken(owner);
		long id = this.accounts.tokensOf(owner.getUsername()).get(0).getId();
		int status = this.mvc
			.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(user("expert").roles("EXPERT")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
		assertThat(this.mvc.perform(get("/account").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void apiClientsWithATokenNeedNoCsrfButBrowsersDo() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		String token = createToken(account);
		assertThat(this.mvc
			.perform(post("/account/tokens").param("name", "second").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.mvc
			.perform(post("/account/tokens").param("name", "third").with(user(account.getUsername()).roles("EXPERT")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
