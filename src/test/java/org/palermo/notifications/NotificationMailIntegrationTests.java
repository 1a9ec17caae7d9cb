package org.palermo.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.NamingForm;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewRole;
import org.palermo.cycle.ReviewStep;
import org.palermo.cycle.Reviewer;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.parties.PartyNames;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Notifications reach each person in their own language, by mail through a real SMTP
 * server (GreenMail) as they chose, and in their inbox; mail carries one line and a link,
 * never confidential text.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@AutoConfigureMockMvc
class NotificationMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private PartyNames names;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CycleService cycle;

	@Autowired
	private ReviewPeopleService people;

	private Account person(String language, Role role) {
		String username = "nm" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
		return this.accounts.createDemoAccount(new InvitationForm(username, "Person " + username,
				username + "@example.org", role, role.isBoundToParty() ? "KE" : null, null, language),
				TestAccounts.PASSWORD);
	}

	private void publish(NotificationRequested request) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events.publishEvent(request));
	}

	private long inboxCount(Account person) {
		Long count = this.jdbc.queryForObject("select count(*) from notification where account_id = ?", Long.class,
				person.getId());
		return (count != null) ? count : 0;
	}

	/** Mail stored for the address, whatever its delivery. */
	private long mailsTo(String address) {
		Long count = this.jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class,
				address);
		return (count != null) ? count : 0;
	}

	/**
	 * Waits for mail to this address. The server counts every mail it receives, and mail
	 * of an earlier test (sent after its commit, off the test's thread) may reach it
	 * first: waiting for any mail could look for this one too early.
	 */
	private static void awaitMail(String address, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessagesForDomain(address).length >= count);
	}

	private static MimeMessage only(String address) {
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
		assertThat(received).as("mail to " + address).hasSize(1);
		return received[0];
	}

	private static MimeMessage withSubject(String address, String fragment) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(address)) {
			if (message.getSubject().contains(fragment)) {
				return message;
			}
		}
		throw new AssertionError("no mail to " + address + " about " + fragment);
	}

	private static String part(MimeMessage message, String type) throws Exception {
		return find(message, type);
	}

	private static String find(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void eachRecipientReadsTheMailInTheirOwnLanguageAsPlainTextAndHtmlArabicRightToLeft() throws Exception {
		Account french = person("fr", Role.EXPERT);
		Account arabic = person("ar", Role.FOCAL_POINT);
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		publish(new NotificationRequested(Set.of(french.getId(), arabic.getId()), NotificationKind.REMINDER,
				"notifications.reminder.due", List.of("key:reviewStep.SELF_ASSESSMENT", "state:KE", "II", "2027-05-01"),
				"/reviews/42"));
		awaitMail(french.getEmail(), 1);
		awaitMail(arabic.getEmail(), 1);

		MimeMessage toFrench = only(french.getEmail());
		assertThat(toFrench.getSubject()).startsWith("Palermo : Rappel");
		assertThat(toFrench.getContentType()).startsWith("multipart/");
		String text = part(toFrench, "text/plain");
		String html = part(toFrench, "text/html");
		assertThat(text).contains("Bonjour")
			.contains(this.names.name("KE", Locale.FRENCH))
			.contains("2027-05-01")
			.contains("http://localhost:8080/reviews/42")
			.doesNotContain("Hello");
		assertThat(html).contains("lang=\"fr\"")
			.contains("dir=\"ltr\"")
			.contains("<a href=\"http://localhost:8080/reviews/42\">");

		MimeMessage toArabic = only(arabic.getEmail());
		String arabicText = part(toArabic, "text/plain");
		assertThat(arabicText).contains("مرحبًا").contains(this.names.name("KE", Locale.forLanguageTag("ar")));
		assertThat(part(toArabic, "text/html")).contains("lang=\"ar\"").contains("dir=\"rtl\"");
		assertThat(inboxCount(french)).isEqualTo(1);
		assertThat(inboxCount(arabic)).isEqualTo(1);
	}

	@Test
	void anInvitationIsWrittenInTheInviteesLanguageAndNamesTheirState() throws Exception {
		String username = "inv" + System.nanoTime() % 1_000_000;
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		this.accounts.invite(new InvitationForm(username, "Amélie Martin", username + "@example.org", Role.FOCAL_POINT,
				"KE", null, "fr"));
		awaitMail(username + "@example.org", 1);
		MimeMessage mail = only(username + "@example.org");
		assertThat(mail.getSubject()).isEqualTo("Votre invitation à Palermo");
		String text = part(mail, "text/plain");
		assertThat(text).contains("Point de contact")
			.contains("pour " + this.names.name("KE", Locale.FRENCH))
			.contains("/invitation/inv_");
	}

	@Test
	void theInvitationFormRecordsTheLanguageChosenByTheSecretariat() throws Exception {
		Account secretariat = TestAccounts.create(this.accounts, Role.SECRETARIAT);
		MockHttpSession session = TestAccounts.signIn(this.mvc, secretariat);
		String username = "invru" + System.nanoTime() % 1_000_000;
		String next = this.mvc
			.perform(post("/admin/accounts").param("username", username)
				.param("displayName", "Ivan Petrov")
				.param("email", username + "@example.org")
				.param("role", "EXPERT")
				.param("partyCode", "KE")
				.param("preferredLanguage", "ru")
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).isEqualTo("/admin/accounts");
		assertThat(this.accounts.find(username).orElseThrow().getPreferredLanguage()).isEqualTo("ru");
		awaitMail(username + "@example.org", 1);
		assertThat(only(username + "@example.org").getSubject()).isEqualTo("Приглашение в Палермо");
	}

	@Test
	void eachPersonChoosesPerKindAtOnceDailyDigestOrNoMailAndTheInboxHasEverything() throws Exception {
		Account person = person("es", Role.EXPERT);
		MockHttpSession session = TestAccounts.signIn(this.mvc, person);
		String saved = this.mvc
			.perform(post("/account/notifications").param("REMINDER", "NONE")
				.param("REVIEW_CHANGED", "DAILY_DIGEST")
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(saved).isEqualTo("/account/notifications");
		String page = this.mvc.perform(get("/account/notifications").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"REMINDER-NONE\"");

		publish(new NotificationRequested(Set.of(person.getId()), NotificationKind.REMINDER,
				"notifications.reminder.due", List.of("key:reviewStep.SUMMARY", "state:KE", "I", "2028-01-01"),
				"/reviews/7"));
		publish(new NotificationRequested(Set.of(person.getId()), NotificationKind.REVIEW_CHANGED,
				"notifications.review.replanned", List.of("state:KE", "I"), "/reviews/7"));
		publish(new NotificationRequested(Set.of(person.getId()), NotificationKind.REVIEW_CHANGED,
				"notifications.review.replanned", List.of("state:GH", "III"), "/reviews/8"));
		await().atMost(Duration.ofSeconds(10)).until(() -> inboxCount(person) == 3);
		// A mail at once is stored with its inbox entry, in one transaction.
		assertThat(mailsTo(person.getEmail())).as("no mail at once").isZero();
		assertThat(smtp.getReceivedMessagesForDomain(person.getEmail())).as("no mail at once").isEmpty();

		assertThat(this.notifications.sendDigests()).isGreaterThanOrEqualTo(1);
		assertThat(mailsTo(person.getEmail())).as("one digest").isEqualTo(1);
		awaitMail(person.getEmail(), 1);
		MimeMessage digest = only(person.getEmail());
		assertThat(digest.getSubject()).contains("2");
		String text = part(digest, "text/plain");
		assertThat(text).contains("Hola")
			.contains(this.names.name("KE", Locale.forLanguageTag("es")))
			.contains(this.names.name("GH", Locale.forLanguageTag("es")))
			.contains("/reviews/8")
			.doesNotContain("2028-01-01");
		this.notifications.sendDigests();
		assertThat(mailsTo(person.getEmail())).as("the digest is sent once").isEqualTo(1);
		assertThat(smtp.getReceivedMessagesForDomain(person.getEmail())).as("the digest is sent once").hasSize(1);
	}

	@Test
	void theInboxListsNewestFirstFiltersByKindAndUnreadAndTheHeaderCountsUnread() throws Exception {
		Account person = person("en", Role.EXPERT);
		Account other = person("en", Role.EXPERT);
		publish(new NotificationRequested(Set.of(person.getId()), NotificationKind.REMINDER,
				"notifications.reminder.due", List.of("key:reviewStep.SUMMARY", "state:KE", "I", "2030-01-01"),
				"/reviews/7"));
		// Listeners run asynchronously: the second notification is asked for once the
		// first is stored, so that it is the newer one.
		await().atMost(Duration.ofSeconds(10)).until(() -> inboxCount(person) == 1);
		publish(new NotificationRequested(Set.of(person.getId(), other.getId()), NotificationKind.REVIEW_CHANGED,
				"notifications.review.replanned", List.of("state:GH", "III"), "/reviews/8"));
		await().atMost(Duration.ofSeconds(10)).until(() -> inboxCount(person) == 2 && inboxCount(other) == 1);
		MockHttpSession session = TestAccounts.signIn(this.mvc, person);

		String inbox = this.mvc.perform(get("/notifications").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inbox).contains("<span class=\"tag unread-count\">2</span>");
		assertThat(inbox.indexOf("Ghana")).as("newest first").isLessThan(inbox.indexOf("2030-01-01")).isPositive();
		String reminders = this.mvc.perform(get("/notifications").param("kind", "REMINDER").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reminders).contains("2030-01-01").doesNotContain("re-planned the deadlines of the review of Ghana");

		Long newest = this.jdbc.queryForObject(
				"select max(id) from notification where account_id = ? and kind = 'REVIEW_CHANGED'", Long.class,
				person.getId());
		Long othersEntry = this.jdbc.queryForObject("select max(id) from notification where account_id = ?", Long.class,
				other.getId());
		assertThat(this.mvc.perform(post("/notifications/" + othersEntry + "/read").with(csrf()).session(session))
			.andReturn()
			.getResponse()
			.getStatus()).as("another person's entry").isEqualTo(404);
		this.mvc.perform(post("/notifications/" + newest + "/read").with(csrf()).session(session));
		String unreadOnly = this.mvc.perform(get("/notifications").param("unread", "true").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unreadOnly).contains("<span class=\"tag unread-count\">1</span>")
			.contains("2030-01-01")
			.doesNotContain("re-planned the deadlines of the review of Ghana");

		this.mvc.perform(post("/notifications/read-all").with(csrf()).session(session));
		String account = this.mvc.perform(get("/account").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(account).doesNotContain("unread-count");
		assertThat(this.notifications.unreadCount(other.getUsername())).isEqualTo(1);
	}

	@Test
	void theApiListsTheCallersNotificationsWithTheUnreadCountForSessionsAndTokens() throws Exception {
		Account person = person("fr", Role.EXPERT);
		publish(new NotificationRequested(Set.of(person.getId()), NotificationKind.REVIEW_CHANGED,
				"notifications.review.replanned", List.of("state:KE", "I"), "/reviews/9"));
		await().atMost(Duration.ofSeconds(10)).until(() -> inboxCount(person) == 1);
		String read = this.accounts.createToken(person.getUsername(), "read", org.palermo.accounts.TokenScope.READ, 1,
				null);
		String write = this.accounts.createToken(person.getUsername(), "write",
				org.palermo.accounts.TokenScope.READ_WRITE, 1, null);
		String json = this.mvc
			.perform(get("/api/me/notifications").param("lang", "fr").header("Authorization", "Bearer " + read))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"unread\":1")
			.contains("\"kind\":\"REVIEW_CHANGED\"")
			.contains("\"link\":\"/reviews/9\"")
			.contains("Le secrétariat a replanifié");
		Long id = this.jdbc.queryForObject("select max(id) from notification where account_id = ?", Long.class,
				person.getId());
		assertThat(this.mvc
			.perform(post("/api/me/notifications/" + id + "/read").header("Authorization", "Bearer " + read))
			.andReturn()
			.getResponse()
			.getStatus()).as("a read-only token").isEqualTo(403);
		assertThat(this.mvc
			.perform(post("/api/me/notifications/" + id + "/read").header("Authorization", "Bearer " + write))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		MockHttpSession session = TestAccounts.signIn(this.mvc, person);
		assertThat(this.mvc.perform(get("/api/me/notifications").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"unread\":0").contains("\"unread\":false");
	}

	@Test
	void aPersonChangesTheLanguageOfTheirMailInTheirAccount() throws Exception {
		Account person = person("en", Role.OBSERVER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, person);
		this.mvc.perform(post("/account/language").param("language", "zh").with(csrf()).session(session));
		assertThat(this.accounts.find(person.getUsername()).orElseThrow().getPreferredLanguage()).isEqualTo("zh");
		this.mvc.perform(post("/account/language").param("language", "xx").with(csrf()).session(session));
		assertThat(this.accounts.find(person.getUsername()).orElseThrow().getPreferredLanguage()).isEqualTo("zh");
		publish(new NotificationRequested(Set.of(person.getId()), NotificationKind.REVIEW_CHANGED,
				"notifications.review.replanned", List.of("state:KE", "I"), "/reviews/9"));
		awaitMail(person.getEmail(), 1);
		assertThat(part(only(person.getEmail()), "text/plain")).contains("秘书处已重新规划");
		Map<String, Object> audit = this.jdbc.queryForMap(
				"select count(*) as n from audit_event where action = 'account.language.changed' and entity_id = ?",
				String.valueOf(person.getId()));
		assertThat(((Number) audit.get("n")).longValue()).isEqualTo(1);
	}

	@Test
	void aReplanningReachesEachPersonInTheirLanguageWithoutItsReasonOrAnyoneElsesName() throws Exception {
		CountryReview review = this.cycle.openReview("TT", ThematicCluster.III, 5, LocalDate.now().minusDays(10),
				List.of(new Reviewer("MT", ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))), null);
		Account secretariat = TestAccounts.create(this.accounts, Role.SECRETARIAT);
		String tag = "rp" + System.nanoTime() % 100000;
		Account arabic = this.accounts.createDemoAccount(new InvitationForm(tag + "-fp", "Layla Haddad",
				tag + "-fp@example.org", Role.FOCAL_POINT, "TT", null, "ar"), TestAccounts.PASSWORD);
		Account french = this.accounts.createDemoAccount(new InvitationForm(tag + "-rfp", "Jeanne Dupont",
				tag + "-rfp@example.org", Role.FOCAL_POINT, "MT", null, "fr"), TestAccounts.PASSWORD);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretariat.getUsername(), null, List.of()));
		try {
			this.people.name(review.getId(), new NamingForm("TT", ReviewRole.FOCAL_POINT, arabic.getUsername(), null,
					null, null, "NV/TT/1", LocalDate.now().minusDays(5)));
			this.people.name(review.getId(), new NamingForm("MT", ReviewRole.FOCAL_POINT, french.getUsername(), null,
					null, null, "NV/MT/1", LocalDate.now().minusDays(5)));
			CountryReview current = this.cycle.review(review.getId());
			Map<ReviewStep, LocalDate> dates = current.getDeadlines();
			dates.put(ReviewStep.SUMMARY, dates.get(ReviewStep.SUMMARY).plusMonths(2));
			LocaleContextHolder.setLocale(Locale.ENGLISH);
			this.cycle.replan(review.getId(), current.getVersion(), dates,
					"Confidential: the minister asked for more time");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		await().atMost(Duration.ofSeconds(15))
			.until(() -> smtp.getReceivedMessagesForDomain(arabic.getEmail()).length == 2
					&& smtp.getReceivedMessagesForDomain(french.getEmail()).length == 2);
		String namedArabic = part(withSubject(arabic.getEmail(), "عُيّنت"), "text/plain");
		String namedFrench = part(withSubject(french.getEmail(), "désigné"), "text/plain");
		assertThat(namedFrench).contains(this.names.name("MT", Locale.FRENCH))
			.contains(this.names.name("TT", Locale.FRENCH));
		MimeMessage replannedArabic = withSubject(arabic.getEmail(), "أعادت الأمانة جدولة");
		String toArabic = part(replannedArabic, "text/plain");
		String toFrench = part(withSubject(french.getEmail(), "replanifié"), "text/plain");
		assertThat(toArabic).contains("أعادت الأمانة جدولة")
			.contains(this.names.name("TT", Locale.forLanguageTag("ar")))
			.contains("/reviews/" + review.getId());
		assertThat(toFrench).contains("Le secrétariat a replanifié")
			.contains(this.names.name("TT", Locale.FRENCH))
			.contains("/reviews/" + review.getId());
		for (String mail : List.of(toArabic, toFrench, part(replannedArabic, "text/html"), namedArabic, namedFrench)) {
			assertThat(mail).doesNotContain("minister")
				.doesNotContain("Confidential")
				.doesNotContain("NV/TT/1")
				.doesNotContain("NV/MT/1")
				.doesNotContain(secretariat.getUsername());
		}
		for (String mail : List.of(toArabic, namedArabic)) {
			assertThat(mail).as("another person's name").doesNotContain("Jeanne Dupont");
		}
		for (String mail : List.of(toFrench, namedFrench)) {
			assertThat(mail).as("another person's name").doesNotContain("Layla Haddad");
		}
	}

}
