package org.palermo.notifications;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The mail server is down: mail waits in the database, the scheduled mail job retries it
 * with growing delays while the secretariat sees each failure, and it is delivered once
 * the server is back. The scheduler runs here as in production (short delays).
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3125", "palermo.scheduler.enabled=true",
		"palermo.scheduler.polling-interval=PT1S", "palermo.mail.send-interval=PT1S", "palermo.mail.retry-initial=PT1S",
		"palermo.mail.retry-max=PT2S" })
@AutoConfigureMockMvc
// Closed afterwards: its running scheduler must not take other test classes' mail (same
// database).
@DirtiesContext
class MailOutageIntegrationTests {

	private final GreenMail smtp = new GreenMail(new ServerSetup(3125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	private MailService mail;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@AfterEach
	void stopServer() {
		this.smtp.stop();
	}

	private Map<String, Object> row(String recipient) {
		return this.jdbc
			.queryForMap("select delivery, attempts, last_error from mail_message where recipient = ? order by id desc "
					+ "fetch first 1 rows only", recipient);
	}

	@Test
	void mailSentWhileTheServerIsDownIsRetriedAndDeliveredWhenItComesBack() throws Exception {
		String recipient = "outage" + System.nanoTime() % 1_000_000 + "@example.org";
		this.mail.send(recipient, Locale.FRENCH, "Palermo : essai", "Bonjour,\n\nUn lien : http://localhost/x\n");

		await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) row(recipient).get("attempts")).intValue() >= 2);
		Map<String, Object> waiting = row(recipient);
		assertThat(waiting.get("delivery")).isEqualTo("PENDING");
		assertThat((String) waiting.get("last_error")).isNotBlank();

		MockHttpSession secretariat = TestAccounts.signIn(this.mvc,
				TestAccounts.create(this.accounts, Role.SECRETARIAT));
		String page = this.mvc.perform(get("/admin/mail").param("status", "PENDING").session(secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(recipient).contains("Waiting").doesNotContain("Un lien");

		this.smtp.start();
		// Other test classes' waiting mail (same database) may arrive too: wait for this
		// one.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.smtp.getReceivedMessagesForDomain(recipient).length >= 1);
		MimeMessage received = this.smtp.getReceivedMessagesForDomain(recipient)[0];
		assertThat(received.getSubject()).isEqualTo("Palermo : essai");
		assertThat(GreenMailUtil.getBody(received)).contains("Bonjour");
		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(row(recipient).get("delivery")));
		assertThat(row(recipient).get("last_error")).isNull();
		Thread.sleep(2500);
		assertThat(this.smtp.getReceivedMessagesForDomain(recipient)).as("sent once").hasSize(1);
	}

	@Test
	void retriesGrowUntilAnHourAndLastWellBeyondAnHourOfOutage() {
		MailSettings defaults = new MailSettings(null, null, null, null);
		assertThat(defaults.backoff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(defaults.backoff(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(defaults.backoff(7)).isEqualTo(Duration.ofHours(1));
		assertThat(defaults.backoff(20)).isEqualTo(Duration.ofHours(1));
		Duration total = Duration.ZERO;
		for (int attempt = 1; attempt < defaults.maxAttempts(); attempt++) {
			total = total.plus(defaults.backoff(attempt));
		}
		assertThat(total).isGreaterThan(Duration.ofHours(12));
	}

}
