package org.palermo.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.notifications.MailService;

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
 * The secretariat, signed in the real way, edits people, re-sends or cancels invitations;
 * a new e-mail address counts only once its owner confirms it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleAdminIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MailService mail;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	private MockHttpSession secretariat;

	@BeforeEach
	void signIn() throws Exception {
		this.secretariat = TestAccounts.signIn(this.mvc, TestAccounts.create(this.accounts, Role.SECRETARIAT));
	}

	private String invite(String username, String email) throws Exception {
		return this.mvc
			.perform(post("/admin/accounts").param("username", username)
				.param("displayName", "Someone")
				.param("email", email)
				.param("role", "EXPERT")
				.param("partyCode", "GH")
				.with(csrf())
				.session(this.secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theSecretariatEndsEverySessionOfAPersonWhoseAccountStaysEnabled() throws Exception {
		Account person = TestAccounts.create(this.accounts, Role.EXPERT);
		MockHttpSession laptop = TestAccounts.signIn(this.mvc, person);
		MockHttpSession phone = TestAccounts.signIn(this.mvc, person);
		this.mvc.perform(get("/account").session(laptop))
			.andExpect((r) -> assertThat(r.getResponse().getStatus()).isEqualTo(200));

		String page = this.mvc
			.perform(post("/admin/accounts/{id}/sessions/end", person.getId()).with(csrf()).session(this.secretariat))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page).isEqualTo("/admin/accounts/" + person.getId());
		for (MockHttpSession session : new MockHttpSession[] { laptop, phone }) {
			assertThat(this.mvc.perform(get("/account").session(session)).andReturn().getResponse().getRedirectedUrl())
				.isEqualTo("/login?expired");
		}
		assertThat(this.accounts.account(person.getId()).isEnabled()).isTrue();
		TestAccounts.signIn(this.mvc, person);
		assertThat(this.mvc.perform(get("/admin/accounts/{id}", person.getId()).session(this.secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("All sessions ended by the secretariat");
		// The secretariat itself stays signed in.
		assertThat(this.mvc.perform(get("/admin/accounts").session(this.secretariat))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void theInvitationFormHasNoRoleChosenBeforehand() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/admin/accounts").session(this.secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#role option").first().attr("value")).isEmpty();
		assertThat(page.select("#role option[selected]")).isEmpty();
		String refused = this.mvc
			.perform(post("/admin/accounts").param("username", "no.role")
				.param("displayName", "No Role")
				.param("email", "no.role@example.org")
				.param("role", "")
				.with(csrf())
				.session(this.secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.accounts.find("no.role")).isEmpty();
		assertThat(refused).contains("class=\"error\"");
	}

	@Test
	void twoAccountsCannotShareAnEmailAddress() throws Exception {
		Account first = TestAccounts.create(this.accounts, Role.OBSERVER);
		String page = invite("same.address", first.getEmail().toUpperCase());
		assertThat(page).contains("Another account already uses this e-mail address.");
		assertThat(this.accounts.find("same.address")).isEmpty();
	}

	@Test
	void theSecretariatChangesNameRoleAndStateAndANewAddressWaitsForItsOwner() throws Exception {
		Account person = TestAccounts.create(this.accounts, Role.EXPERT);
		String newEmail = "new-" + person.getEmail();
		String next = this.mvc
			.perform(post("/admin/accounts/" + person.getId()).param("version", String.valueOf(person.getVersion()))
				.param("displayName", "Renamed Person")
				.param("email", newEmail)
				.param("role", "FOCAL_POINT")
				.param("partyCode", "GH")
				.with(csrf())
				.session(this.secretariat))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).isEqualTo("/admin/accounts/" + person.getId());
		Account changed = this.accounts.account(person.getId());
		assertThat(changed.getDisplayName()).isEqualTo("Renamed Person");
		assertThat(changed.getRole()).isEqualTo(Role.FOCAL_POINT);
		assertThat(changed.getPartyCode()).isEqualTo("GH");
		assertThat(changed.getEmail()).isEqualTo(person.getEmail());
		String body = this.mail.outbox()
			.stream()
			.filter((m) -> m.getRecipient().equals(newEmail))
			.findFirst()
			.orElseThrow()
			.getBody();
		Matcher link = Pattern.compile("/email-confirmation/(eml_[A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		// Opening the link (as a mail scanner would) changes nothing; the button does.
		this.mvc.perform(get("/email-confirmation/" + link.group(1)));
		assertThat(this.accounts.account(person.getId()).getEmail()).isEqualTo(person.getEmail());
		String confirmed = this.mvc.perform(post("/email-confirmation/" + link.group(1)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmed).contains("Your new e-mail address is confirmed.");
		assertThat(this.accounts.account(person.getId()).getEmail()).isEqualTo(newEmail);
		assertThat(this.mvc.perform(post("/email-confirmation/" + link.group(1)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("This link is not valid any more.");
	}

	@Test
	void theSecretariatChangesSomeonesPreferredLanguageAndTheChangeIsAudited() throws Exception {
		Account person = TestAccounts.create(this.accounts, Role.OBSERVER);
		assertThat(this.mvc.perform(get("/admin/accounts/" + person.getId()).session(this.secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"preferredLanguage\"").contains("<option value=\"fr\" lang=\"fr\"");
		String next = this.mvc
			.perform(post("/admin/accounts/" + person.getId()).param("version", String.valueOf(person.getVersion()))
				.param("displayName", person.getDisplayName())
				.param("email", person.getEmail())
				.param("role", "OBSERVER")
				.param("partyCode", "KE")
				.param("preferredLanguage", "fr")
				.with(csrf())
				.session(this.secretariat))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).isEqualTo("/admin/accounts/" + person.getId());
		assertThat(this.accounts.account(person.getId()).getPreferredLanguage()).isEqualTo("fr");
		java.util.Map<String, Object> audited = this.jdbc.queryForMap(
				"select actor, before_state, after_state from audit_event where action = 'account.updated' and entity_id = ? order by id desc limit 1",
				String.valueOf(person.getId()));
		assertThat((String) audited.get("before_state")).contains("\"preferredLanguage\":\"en\"");
		assertThat((String) audited.get("after_state")).contains("\"preferredLanguage\":\"fr\"");
		assertThat((String) audited.get("actor")).isNotEqualTo(person.getUsername());

		Account again = this.accounts.account(person.getId());
		String refused = this.mvc
			.perform(post("/admin/accounts/" + person.getId()).param("version", String.valueOf(again.getVersion()))
				.param("displayName", person.getDisplayName())
				.param("email", person.getEmail())
				.param("role", "OBSERVER")
				.param("partyCode", "KE")
				.param("preferredLanguage", "de")
				.with(csrf())
				.session(this.secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("class=\"error\"");
		assertThat(this.accounts.account(person.getId()).getPreferredLanguage()).isEqualTo("fr");
	}

	@Test
	void theSecretariatResendsAnInvitationAndTheOldLinkStopsWorking() throws Exception {
		invite("resent.person", "resent.person@example.org");
		Account invited = this.accounts.find("resent.person").orElseThrow();
		String firstLink = lastInvitationLink("resent.person@example.org");
		this.mvc
			.perform(post("/admin/accounts/" + invited.getId() + "/invitation").with(csrf()).session(this.secretariat));
		String secondLink = lastInvitationLink("resent.person@example.org");
		assertThat(secondLink).isNotEqualTo(firstLink);
		assertThat(this.accounts.invitedAccount(firstLink)).isEmpty();
		assertThat(this.accounts.invitedAccount(secondLink)).isPresent();
	}

	@Test
	void theSecretariatCancelsAnInvitation() throws Exception {
		invite("cancelled.person", "cancelled.person@example.org");
		Account invited = this.accounts.find("cancelled.person").orElseThrow();
		String link = lastInvitationLink("cancelled.person@example.org");
		this.mvc.perform(post("/admin/accounts/" + invited.getId() + "/invitation/cancel")
			.param("version", String.valueOf(invited.getVersion()))
			.with(csrf())
			.session(this.secretariat));
		assertThat(this.accounts.invitedAccount(link)).isEmpty();
		assertThat(this.accounts.account(invited.getId()).isEnabled()).isFalse();
	}

	@Test
	void theSecretariatSeesAPersonsTokensWithTheirLastUseAndTheSecurityEvents() throws Exception {
		Account person = TestAccounts.create(this.accounts, Role.OBSERVER);
		String token = this.accounts.createToken(person.getUsername(), "nightly export");
		this.mvc.perform(get("/api/parties/KE").header("Authorization", "Bearer " + token));
		Document page = Jsoup.parse(this.mvc.perform(get("/admin/accounts/" + person.getId()).session(this.secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("table.tokens tbody tr")).singleElement().satisfies((row) -> {
			assertThat(row.text()).contains("nightly export");
			assertThat(row.select("td").get(4).text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		});
		assertThat(page.select("table.security-events").text()).contains("Token created");
		String events = this.mvc.perform(get("/admin/security-events").session(this.secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(events).contains(person.getUsername());
	}

	private String lastInvitationLink(String email) {
		String body = this.mail.outbox()
			.stream()
			.filter((m) -> m.getRecipient().equals(email))
			.findFirst()
			.orElseThrow()
			.getBody();
		Matcher link = Pattern.compile("/invitation/(inv_[A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
