package org.palermo.accounts;

import org.junit.jupiter.api.Test;
import org.palermo.audit.AuditService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Without a mail server, invitations land in the outbox the secretariat reads. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountAdminIntegrationTests {

	private static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private AuditService audit;

	@Test
	void anInvitationWithoutMailServerIsReadableInTheOutbox() throws Exception {
		this.mvc.perform(post("/admin/accounts").param("username", "outbox.reader")
			.param("displayName", "Outbox Reader")
			.param("email", "outbox.reader@example.org")
			.param("role", "OBSERVER")
			.param("partyCode", "FR")
			.with(csrf())
			.with(SECRETARIAT));
		String outbox = this.mvc.perform(get("/admin/outbox").with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(outbox).contains("outbox.reader@example.org").containsPattern("/invitation/inv_[A-Za-z0-9_-]{20,}");
		Account invited = this.accounts.find("outbox.reader").orElseThrow();
		assertThat(invited.hasPassword()).isFalse();
		assertThat(invited.getPartyCode()).isEqualTo("FR");
		assertThat(this.audit.historyOf("account", String.valueOf(invited.getId())))
			.extracting((e) -> e.getAction() + " by " + e.getActor())
			.containsExactly("account.invited by secretariat");
	}

	@Test
	void aFocalPointMustActForAKnownState() throws Exception {
		String page = this.mvc
			.perform(post("/admin/accounts").param("username", "stateless")
				.param("displayName", "No State")
				.param("email", "stateless@example.org")
				.param("role", "FOCAL_POINT")
				.param("partyCode", "")
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("act for a State party");
		assertThat(this.accounts.find("stateless")).isEmpty();
	}

	@Test
	void badInputIsExplainedInTheUsersLanguage() throws Exception {
		String page = this.mvc
			.perform(post("/admin/accounts").param("username", "A B")
				.param("displayName", "")
				.param("email", "not-an-address")
				.param("role", "EXPERT")
				.param("lang", "fr")
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Saisissez une adresse électronique valide.").contains("Ce champ est obligatoire.");
	}

	@Test
	void disablingIsAuditedAndAStaleFormDoesNotOverwrite() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		this.mvc.perform(post("/admin/accounts/" + account.getId() + "/disable")
			.param("version", String.valueOf(account.getVersion()))
			.with(csrf())
			.with(SECRETARIAT));
		Account disabled = this.accounts.find(account.getUsername()).orElseThrow();
		assertThat(disabled.isEnabled()).isFalse();
		// A second secretariat tab still shows the old version: its enable is refused,
		// not applied.
		this.mvc.perform(post("/admin/accounts/" + account.getId() + "/enable")
			.param("version", String.valueOf(account.getVersion()))
			.with(csrf())
			.with(SECRETARIAT));
		assertThat(this.accounts.find(account.getUsername()).orElseThrow().isEnabled()).isFalse();
		assertThat(this.audit.historyOf("account", String.valueOf(account.getId()))).extracting((e) -> e.getAction())
			.containsExactly("account.demo.created", "account.disabled");
		assertThat(this.audit.historyOf("account", String.valueOf(account.getId())).get(1).getBeforeState())
			.contains("\"enabled\":true");
	}

	@Test
	void theSecretariatCannotDisableItself() throws Exception {
		Account self = this.accounts.find("secretariat").orElseThrow();
		this.mvc.perform(
				post("/admin/accounts/" + self.getId() + "/disable").param("version", String.valueOf(self.getVersion()))
					.with(csrf())
					.with(SECRETARIAT));
		assertThat(this.accounts.find("secretariat").orElseThrow().isEnabled()).isTrue();
	}

}
