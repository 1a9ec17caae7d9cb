package org.palermo.civilsociety;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * RFC 8058 one-click unsubscribe, through a real SMTP server (GreenMail): a country
 * update carries {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}; opening the
 * link changes nothing, and the mail client's POST, with no session and no CSRF token,
 * ends the subscription.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@AutoConfigureMockMvc
class CountrySubscriptionOneClickIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final Pattern CONFIRM = Pattern.compile("/subscriptions/(sub_[A-Za-z0-9_-]+)/confirm");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CountrySubscriptionRepository subscriptions;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void aCountryUpdateCarriesOneClickUnsubscribeAndTheMailClientsPostEndsTheSubscription() throws Exception {
		String email = "oneclick" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet() + "@example.org";
		assertThat(send(post("/subscriptions").param("country", "NG").param("email", email).with(csrf())).getStatus())
			.isEqualTo(200);
		MimeMessage confirmation = await().atMost(Duration.ofSeconds(15))
			.until(() -> to(email), (m) -> m.size() == 1)
			.get(0);
		Matcher link = CONFIRM.matcher(GreenMailUtil.getBody(confirmation).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		send(post("/subscriptions/" + link.group(1) + "/confirm").with(csrf()));
		assertThat(this.subscriptions.findByCountryCodeAndEmailIgnoreCase("NG", email).orElseThrow().isConfirmed())
			.isTrue();

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events
			.publishEvent(new CountryInputPublished(999_999, 999_999, "NG", "Survivors’ report")));
		MimeMessage update = await().atMost(Duration.ofSeconds(15)).until(() -> to(email), (m) -> m.size() == 2).get(1);
		String listUnsubscribe = update.getHeader("List-Unsubscribe", null);
		assertThat(update.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(listUnsubscribe).matches("<http://localhost:\\d+/subscriptions/sub_[A-Za-z0-9_-]+/unsubscribe>");
		String path = listUnsubscribe.replaceAll("^<http://localhost:\\d+", "").replace(">", "");
		assertThat(GreenMailUtil.getBody(update).replace("=\r\n", "")).contains(path);

		// Opening the link (a mail scanner, a preview) asks, and changes nothing.
		MockHttpServletResponse page = send(get(path));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("<form");
		assertThat(this.subscriptions.findByCountryCodeAndEmailIgnoreCase("NG", email)).isPresent();

		// Another POST without a CSRF token is still refused.
		assertThat(send(post("/subscriptions/" + link.group(1) + "/confirm")).getStatus()).isEqualTo(403);

		// The mail client's one-click POST: no session, no token.
		MockHttpServletResponse left = send(
				post(path).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"));
		assertThat(left.getStatus()).isEqualTo(200);
		assertThat(this.subscriptions.findByCountryCodeAndEmailIgnoreCase("NG", email)).isEmpty();
		assertThat(send(post(path).content("List-Unsubscribe=One-Click")).getStatus()).isEqualTo(404);
	}

	private List<MimeMessage> to(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equals(email);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		request.with((r) -> {
			r.setRemoteAddr("10.77.0." + (SEQUENCE.incrementAndGet() % 250 + 1));
			return r;
		});
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
