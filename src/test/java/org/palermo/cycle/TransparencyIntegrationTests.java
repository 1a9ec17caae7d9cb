package org.palermo.cycle;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;
import org.palermo.audit.AuditService;

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
 * A State's consent to show its focal point's contact on its public country page: nothing
 * is shown before the State agrees, the contact after, nothing again once it withdraws;
 * only that State's focal point and the secretariat decide; a stale form gets a 409.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransparencyIntegrationTests {

	private static final String STATE = "TG";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private AuditService audit;

	@Test
	void theContactShowsOnlyWhileTheStateAgreesAndOnlyItsFocalPointOrTheSecretariatDecides() throws Exception {
		String tag = "tr" + System.nanoTime() % 1_000_000;
		Account focalPoint = this.accounts.createDemoAccount(new InvitationForm(tag + "-fp", "Ama Mensah " + tag,
				tag + "-fp@example.org", Role.FOCAL_POINT, STATE, null, null), TestAccounts.PASSWORD);
		Account otherFocalPoint = this.accounts.createDemoAccount(new InvitationForm(tag + "-ofp", "Other " + tag,
				tag + "-ofp@example.org", Role.FOCAL_POINT, "BJ", null, null), TestAccounts.PASSWORD);
		Account expert = this.accounts.createDemoAccount(new InvitationForm(tag + "-ex", "Expert " + tag,
				tag + "-ex@example.org", Role.EXPERT, STATE, null, null), TestAccounts.PASSWORD);
		Account observer = this.accounts.createDemoAccount(new InvitationForm(tag + "-ob", "Observer " + tag,
				tag + "-ob@example.org", Role.OBSERVER, STATE, null, null), TestAccounts.PASSWORD);
		Account ngo = TestAccounts.create(this.accounts, Role.CIVIL_SOCIETY);
		TestAccounts.WithSecondFactor secretariat = TestAccounts.createWithSecondFactor(this.accounts,
				Role.SECRETARIAT);
		String page = "/states/" + STATE + "/transparency";

		assertThat(publicPage()).doesNotContain("Focal point contact").doesNotContain(focalPoint.getEmail());

		MockHttpSession fp = TestAccounts.signIn(this.mvc, focalPoint);
		String form = this.mvc.perform(get(page).locale(java.util.Locale.ENGLISH).session(fp))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Ama Mensah " + tag).contains("name=\"version\"");
		assertThat(this.mvc.perform(get("/my-work").session(fp)).andReturn().getResponse().getContentAsString())
			.contains("href=\"" + page + "\"");

		// A bad address is refused with a clear error and nothing typed lost.
		String refused = this.mvc
			.perform(post(page).param("showContact", "true")
				.param("contactName", "Office " + tag)
				.param("contactEmail", "not an address")
				.param("version", "-1")
				.with(csrf())
				.locale(java.util.Locale.ENGLISH)
				.session(fp))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Enter a valid e-mail address.").contains("Office " + tag);
		assertThat(publicPage()).doesNotContain("Focal point contact");

		// The focal point agrees with the default contact: their own name and address.
		assertThat(decide(fp, true, "", "", -1)).isEqualTo(302);
		assertThat(publicPage()).contains("Focal point contact")
			.contains("Ama Mensah " + tag)
			.contains("mailto:" + focalPoint.getEmail());
		assertThat(this.audit.historyOf("StateParty", STATE)).isNotEmpty();

		// A stale form is a conflict, nothing overwritten.
		assertThat(decide(fp, false, "", "", -1)).isEqualTo(409);
		assertThat(publicPage()).contains("Ama Mensah " + tag);

		// The others may neither see the form nor change the choice.
		for (Account other : new Account[] { otherFocalPoint, expert, observer, ngo }) {
			MockHttpSession session = TestAccounts.signIn(this.mvc, other);
			assertThat(this.mvc.perform(get(page).session(session)).andReturn().getResponse().getStatus())
				.as(other.getRole().name())
				.isEqualTo(403);
			assertThat(decide(session, false, "", "", 0)).as(other.getRole().name()).isEqualTo(403);
		}
		assertThat(this.mvc.perform(get(page)).andReturn().getResponse().getRedirectedUrl()).contains("/login");
		assertThat(publicPage()).contains("Ama Mensah " + tag);

		// The secretariat names the office's address instead.
		MockHttpSession sec = TestAccounts.signIn(this.mvc, secretariat.account().getUsername(), TestAccounts.PASSWORD,
				secretariat.recoveryCodes().get(0));
		assertThat(decide(sec, true, "Office " + tag, "office-" + tag + "@example.org", 0)).isEqualTo(302);
		assertThat(publicPage()).contains("Office " + tag)
			.contains("mailto:office-" + tag + "@example.org")
			.doesNotContain(focalPoint.getEmail());

		assertThat(this.mvc.perform(get("/states/ZZZ/transparency").session(sec)).andReturn().getResponse().getStatus())
			.as("not a State's code")
			.isEqualTo(404);

		// The State withdraws: nothing shown again.
		assertThat(decide(fp, false, "Office " + tag, "office-" + tag + "@example.org", 1)).isEqualTo(302);
		assertThat(publicPage()).doesNotContain("Focal point contact")
			.doesNotContain("Office " + tag)
			.doesNotContain("Ama Mensah " + tag);
	}

	private int decide(MockHttpSession session, boolean show, String name, String email, long version)
			throws Exception {
		return this.mvc
			.perform(post("/states/" + STATE + "/transparency").param("showContact", String.valueOf(show))
				.param("contactName", name)
				.param("contactEmail", email)
				.param("version", String.valueOf(version))
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private String publicPage() throws Exception {
		return this.mvc.perform(get("/parties/" + STATE).locale(java.util.Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
