package org.palermo.notifications;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A mail accepted by the server bounces later: the receiving server's delivery-status
 * notification lands in the bounce mailbox (IMAP), the check reads it and the secretariat
 * sees the mail as bounced with the diagnostic; a transient failure puts the mail back in
 * the queue. Real SMTP and IMAP servers (GreenMail).
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3126",
		"palermo.mail.bounces.host=127.0.0.1", "palermo.mail.bounces.port=3144", "palermo.mail.bounces.protocol=imap",
		"palermo.mail.bounces.username=bounces", "palermo.mail.bounces.password=secret" })
@AutoConfigureMockMvc
class MailBounceIntegrationTests {

	private final GreenMail servers = new GreenMail(
			new ServerSetup[] { new ServerSetup(3126, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
					new ServerSetup(3144, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });

	private GreenMailUser bounces;

	@Autowired
	private MailService mail;

	@Autowired
	private BounceChecker checker;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@BeforeEach
	void startServers() {
		this.servers.start();
		this.bounces = this.servers.setUser("bounces@palermo.test", "bounces", "secret");
	}

	@AfterEach
	void stopServers() {
		this.servers.stop();
	}

	private Map<String, Object> row(String recipient) {
		return this.jdbc.queryForMap("select delivery, last_error, message_id from mail_message where recipient = ? "
				+ "order by id desc fetch first 1 rows only", recipient);
	}

	private MimeMessage sent(String recipient, String subject) throws Exception {
		this.mail.send(recipient, Locale.ENGLISH, subject, "Hello,\n\nA notification.\n");
		await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(row(recipient).get("delivery")));
		MimeMessage received = this.servers.getReceivedMessagesForDomain(recipient)[0];
		assertThat(received.getMessageID()).isEqualTo(row(recipient).get("message_id"));
		return received;
	}

	private void bounce(MimeMessage original, String recipient, String status, String diagnostic) throws Exception {
		MimeMessage dsn = new MimeMessage(Session.getInstance(new java.util.Properties()));
		dsn.setFrom(new InternetAddress("MAILER-DAEMON@example.org"));
		dsn.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress("bounces@palermo.test"));
		dsn.setSubject("Undelivered Mail Returned to Sender");
		MimeMultipart report = new MimeMultipart("report");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Your message could not be delivered.", "UTF-8");
		report.addBodyPart(text);
		MimeBodyPart fields = new MimeBodyPart();
		fields.setDataHandler(
				new DataHandler(new ByteArrayDataSource(
						"Reporting-MTA: dns; mx.example.org\r\n"
								+ "Arrival-Date: Mon, 30 Nov 2026 20:00:00 +0000\r\n\r\n" + "Final-Recipient: rfc822; "
								+ recipient + "\r\nAction: " + (status.startsWith("5") ? "failed" : "delayed")
								+ "\r\nStatus: " + status + "\r\nDiagnostic-Code: smtp; " + diagnostic + "\r\n",
						"message/delivery-status")));
		report.addBodyPart(fields);
		MimeBodyPart headers = new MimeBodyPart();
		headers.setDataHandler(
				new DataHandler(new ByteArrayDataSource("Message-ID: " + original.getMessageID() + "\r\nSubject: "
						+ original.getSubject() + "\r\nTo: " + recipient + "\r\n\r\n", "text/rfc822-headers")));
		report.addBodyPart(headers);
		dsn.setContent(report);
		dsn.saveChanges();
		this.bounces.deliver(dsn);
	}

	@Test
	void aPermanentBounceShowsTheMailAsBouncedOnceAndATransientOnePutsItBackInTheQueue() throws Exception {
		String recipient = "gone" + System.nanoTime() % 1_000_000 + "@example.org";
		MimeMessage original = sent(recipient, "Palermo: you were named");
		bounce(original, recipient, "5.1.1", "550 5.1.1 No such user here");

		assertThat(this.checker.check()).isEqualTo(1);
		assertThat(row(recipient).get("delivery")).isEqualTo("BOUNCED");
		MockHttpSession secretariat = TestAccounts.signIn(this.mvc,
				TestAccounts.create(this.accounts, Role.SECRETARIAT));
		String page = this.mvc.perform(get("/admin/mail").param("status", "BOUNCED").session(secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(recipient).contains("Bounced").contains("550 5.1.1 No such user here");

		assertThat(this.checker.check()).as("the notification is not read twice").isZero();
		assertThat(row(recipient).get("delivery")).isEqualTo("BOUNCED");
		String again = this.mvc.perform(get("/admin/mail").param("status", "BOUNCED").session(secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again.split(recipient, -1)).hasSameSizeAs(page.split(recipient, -1));

		String busy = "busy" + System.nanoTime() % 1_000_000 + "@example.org";
		MimeMessage second = sent(busy, "Palermo: a reminder");
		bounce(second, busy, "4.2.2", "452 4.2.2 Mailbox full");
		assertThat(this.checker.check()).isEqualTo(1);
		Map<String, Object> waiting = row(busy);
		assertThat(waiting.get("delivery")).isEqualTo("PENDING");
		assertThat((String) waiting.get("last_error")).contains("4.2.2").contains("Mailbox full");
	}

}
