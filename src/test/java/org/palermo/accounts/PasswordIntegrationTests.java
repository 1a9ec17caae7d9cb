package org.palermo.accounts;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.system.UserInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Passwords: what is accepted, changing one with the current one, and the reset by mail
 * (a real SMTP server, GreenMail, receives it).
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@AutoConfigureMockMvc
class PasswordIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Pattern RESET_LINK = Pattern.compile("http://\\S+/login/reset/(rst_[A-Za-z0-9_-]+)");

	private static final String NEW_PASSWORD = "lantern orbit meadow seventeen";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private PasswordPolicy policy;

	@Autowired
	private PasswordResetRepository resets;

	@Test
	void commonBreachedOrGuessablePasswordsAreRefusedAndLongPassphrasesAccepted() {
		assertThatThrownBy(() -> this.policy.check("aaaaaaaaaaaa")).isInstanceOf(UserInputException.class)
			.hasMessage("password.error.common");
		assertThatThrownBy(() -> this.policy.check("password1234")).hasMessage("password.error.common");
		assertThatThrownBy(() -> this.policy.check(" Password1234 ")).hasMessage("password.error.common");
		assertThatThrownBy(() -> this.policy.check("abcabcabcabcabc")).hasMessage("password.error.weak");
		assertThatThrownBy(() -> this.policy.check("amina.diallo2024", "amina.diallo", "amina.diallo@example.org"))
			.hasMessage("password.error.weak");
		assertThatThrownBy(() -> this.policy.check("short")).hasMessage("account.error.passwordLength");
		assertThatThrownBy(() -> this.policy.check("x".repeat(129))).hasMessage("account.error.passwordLength");
		assertThatCode(() -> this.policy.check(NEW_PASSWORD)).doesNotThrowAnyException();
		assertThatCode(() -> this.policy.check("мой пароль зелёный чайник")).doesNotThrowAnyException();
	}

	@Test
	void theListShippedHoldsAtLeastTheHundredThousandMostCommonPasswords() throws Exception {
		int lines = 0;
		try (var in = new java.util.zip.GZIPInputStream(
				getClass().getResourceAsStream("/security/common-passwords.txt.gz"));
				var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in))) {
			while (reader.readLine() != null) {
				lines++;
			}
		}
		assertThat(lines).isGreaterThanOrEqualTo(100_000);
		assertThat(this.policy.isCommon("qwertyuiopasdfgh")).isTrue();
	}

	@Test
	void aPersonChangesTheirPasswordGivingTheCurrentOneAndIsToldByMail() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.EXPERT);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String wrong = this.mvc
			.perform(post("/account/password").param("current", "not my password")
				.param("password", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD)
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("Your current password is not right.");
		String weak = this.mvc
			.perform(post("/account/password").param("current", TestAccounts.PASSWORD)
				.param("password", "aaaaaaaaaaaa")
				.param("confirmation", "aaaaaaaaaaaa")
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(weak).contains("most often found in data breaches");
		String next = this.mvc
			.perform(post("/account/password").param("current", TestAccounts.PASSWORD)
				.param("password", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD)
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).isEqualTo("/account");
		TestAccounts.signIn(this.mvc, account.getUsername(), NEW_PASSWORD, null);
		// Waits for this mail: the server counts all the mail it receives, and mail of an
		// earlier test (sent after its commit, off the test's thread) may come first.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(smtp.getReceivedMessagesForDomain(account.getEmail()))
				.anySatisfy((mail) -> assertThat(mail.getSubject()).isEqualTo("Your Palermo password was changed")));
	}

	@Test
	void changingThePasswordEndsThePersonsOtherSessionsButNotThisOne() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		MockHttpSession here = TestAccounts.signIn(this.mvc, account);
		MockHttpSession elsewhere = TestAccounts.signIn(this.mvc, account);
		this.mvc.perform(post("/account/password").param("current", TestAccounts.PASSWORD)
			.param("password", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD)
			.with(csrf())
			.session(here));
		assertThat(this.mvc.perform(get("/account").session(here)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.mvc.perform(get("/account").session(elsewhere)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?expired");
	}

	@Test
	void aResetLinkIsMailedWorksOnceAndTheAnswerIsTheSameForUnknownAddresses() throws Exception {
		Account account = TestAccounts.create(this.accounts, Role.OBSERVER);
		String known = this.mvc
			.perform(post("/login/reset").param("email", account.getEmail().toUpperCase()).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.mvc
			.perform(post("/login/reset").param("email", "nobody-" + account.getEmail()).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(strip(known)).isEqualTo(strip(unknown)).contains("If an account uses this address");
		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> smtp.getReceivedMessagesForDomain(account.getEmail()), (m) -> m.length >= 1)[0];
		assertThat(mail.getSubject()).isEqualTo("Reset your Palermo password");
		Matcher link = RESET_LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		String token = link.group(1);
		PasswordReset reset = this.resets.findByTokenHash(Secrets.sha256(token)).orElseThrow();
		assertThat(reset.isUsable(java.time.Instant.now().plusSeconds(59 * 60))).isTrue();
		assertThat(reset.isUsable(java.time.Instant.now().plusSeconds(61 * 60))).isFalse();
		assertThat(this.mvc.perform(get("/login/reset/" + token)).andReturn().getResponse().getContentAsString())
			.contains("Choose a new password");
		MockHttpServletResponse done = this.mvc
			.perform(post("/login/reset/" + token).param("password", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD)
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo("/login?passwordSet");
		TestAccounts.signIn(this.mvc, account.getUsername(), NEW_PASSWORD, null);
		String again = this.mvc
			.perform(post("/login/reset/" + token).param("password", "another lantern orbit meadow")
				.param("confirmation", "another lantern orbit meadow")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("This link is not valid");
	}

	/** The page without its per-request CSRF token. */
	private static String strip(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

}
