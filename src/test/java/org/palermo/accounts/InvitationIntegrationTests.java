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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The secretariat invites a person; a real SMTP server (GreenMail) receives the mail. */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@AutoConfigureMockMvc
class InvitationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Pattern LINK = Pattern.compile("http://\\S+/invitation/(inv_[A-Za-z0-9_-]+)");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private String invite(String username) throws Exception {
		String next = this.mvc
			.perform(post("/admin/accounts").param("username", username)
				.param("displayName", "Amina Diallo")
				.param("email", username + "@example.org")
				.param("role", "EXPERT")
				.param("partyCode", "GH")
				.with(csrf())
				.with(user("secretariat").roles("SECRETARIAT")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).isEqualTo("/admin/accounts");
		// Wait for this address: the server counts all the mail it receives, and mail of
		// an earlier test (sent after its commit, off the test's thread) may come first.
		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> smtp.getReceivedMessagesForDomain(username + "@example.org"), (m) -> m.length >= 1)[0];
		assertThat(mail.getSubject()).isEqualTo("Your invitation to Palermo");
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
		assertThat(link.find()).as("link in the mail").isTrue();
		return link.group(1);
	}

	@Test
	void anInvitedPersonSetsAPasswordThroughTheMailedLinkOnce() throws Exception {
		String token = invite("amina.diallo");
		String form = this.mvc.perform(get("/invitation/" + token)).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("amina.diallo");
		String tooShort = this.mvc
			.perform(
					post("/invitation/" + token).param("password", "short").param("confirmation", "short").with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooShort).contains("between 12 and 128 characters");
		String done = this.mvc
			.perform(post("/invitation/" + token).param("password", "a long enough passphrase")
				.param("confirmation", "a long enough passphrase")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(done).isEqualTo("/login?passwordSet");
		String signedIn = this.mvc
			.perform(post("/login").param("username", "amina.diallo")
				.param("password", "a long enough passphrase")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(signedIn).isEqualTo("/");
		assertThat(this.mvc.perform(get("/invitation/" + token)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anInvitationExpiresAfterTenDays() throws Exception {
		String token = invite("late.reader");
		this.jdbc.update("update invitation set expires_at = created_at - interval '1' day where account_id = "
				+ "(select id from account where username = 'late.reader')");
		assertThat(this.mvc.perform(get("/invitation/" + token)).andReturn().getResponse().getStatus()).isEqualTo(404);
		Integer days = this.jdbc.queryForObject(
				"select count(*) from invitation i join account a on a.id = i.account_id where a.username = ?",
				Integer.class, "late.reader");
		assertThat(days).isEqualTo(1);
	}

	@Test
	void aMadeUpLinkIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/invitation/inv_madeup")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

}
