package org.palermo.capacity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;
import org.palermo.audit.AuditService;
import org.palermo.civilsociety.OrganisationKind;
import org.palermo.civilsociety.OrganisationService;
import org.palermo.cycle.CalendarEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Capacity building end to end, signed in the real way: the secretariat builds the
 * library (drafts hidden until published, links checked, every change audited); an
 * organisation registers for an event, the next one waits, a cancellation promotes it and
 * tells it; two organisations racing for the last seat on real threads; exports, calendar
 * file and the private calendar feed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CapacityIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private OrganisationService organisations;

	@Autowired
	private CapacityService capacity;

	@Autowired
	private CapacityCalendar calendar;

	@Autowired
	private AuditService audit;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aDraftResourceIsHiddenUntilTheSecretariatPublishesItAndThenFiltersByLanguage() throws Exception {
		String tag = tag();
		MockHttpSession secretariat = TestAccounts.signIn(this.mvc,
				TestAccounts.create(this.accounts, Role.SECRETARIAT));
		MockHttpServletResponse created = send(post("/admin/capacity/resources").param("kind", "GUIDE")
			.param("instrument", "TIP")
			.param("cluster", "II")
			.param("title_fr", "Guide des victimes " + tag)
			.param("description_fr", "Pour les associations")
			.param("url_fr", "https://example.org/guide-fr.pdf"), secretariat);
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D+", " ").trim().split(" ")[0]);

		assertThat(send(get("/capacity"), null).getContentAsString()).doesNotContain(tag);
		assertThat(send(get("/capacity/resources/" + id), null).getStatus()).isEqualTo(404);
		assertThat(send(get("/api/capacity/resources/" + id), null).getStatus()).isEqualTo(404);

		CapacityResource resource = this.capacity.resource(id);
		assertThat(send(post("/admin/capacity/resources/" + id + "/publication")
			.param("version", String.valueOf(resource.getVersion()))
			.param("published", "true"), secretariat).getStatus()).isEqualTo(302);

		assertThat(send(get("/capacity?language=fr&instrument=TIP&kind=GUIDE"), null).getContentAsString())
			.contains("Guide des victimes " + tag);
		assertThat(send(get("/capacity?language=en"), null).getContentAsString()).doesNotContain(tag);
		assertThat(send(get("/capacity?kind=VIDEO"), null).getContentAsString()).doesNotContain(tag);
		assertThat(send(get("/capacity/resources/" + id), null).getContentAsString())
			.contains("https://example.org/guide-fr.pdf");
		assertThat(send(get("/api/capacity/resources?language=fr"), null).getContentAsString())
			.contains("\"title\":\"Guide des victimes " + tag + "\"")
			.contains("\"url\":\"https://example.org/guide-fr.pdf\"");
		assertThat(this.audit.historyOf("capacity-resource", String.valueOf(id))).extracting((e) -> e.getAction())
			.contains("capacity.resource.created", "capacity.resource.published");

		// An English version added; a form loaded before that change is refused with 409.
		resource = this.capacity.resource(id);
		long seen = resource.getVersion();
		assertThat(send(post("/admin/capacity/resources/" + id).param("version", String.valueOf(seen))
			.param("kind", "GUIDE")
			.param("instrument", "TIP")
			.param("title_fr", "Guide des victimes " + tag)
			.param("description_fr", "Pour les associations")
			.param("url_fr", "https://example.org/guide-fr.pdf")
			.param("title_en", "Victims guide " + tag)
			.param("description_en", "For associations")
			.param("url_en", "https://example.org/guide-en.pdf"), secretariat).getStatus()).isEqualTo(302);
		assertThat(send(get("/capacity/resources/" + id), null).getContentAsString())
			.contains("https://example.org/guide-fr.pdf")
			.contains("https://example.org/guide-en.pdf");
		assertThat(send(get("/capacity?language=en"), null).getContentAsString()).contains("Victims guide " + tag);
		assertThat(send(post("/admin/capacity/resources/" + id).param("version", String.valueOf(seen))
			.param("kind", "VIDEO")
			.param("title_en", "Stale")
			.param("description_en", "Stale")
			.param("url_en", "https://example.org/stale"), secretariat).getStatus()).isEqualTo(409);

		// Unpublished again: gone from the public side.
		resource = this.capacity.resource(id);
		send(post("/admin/capacity/resources/" + id + "/publication")
			.param("version", String.valueOf(resource.getVersion()))
			.param("published", "false"), secretariat);
		assertThat(send(get("/capacity"), null).getContentAsString()).doesNotContain(tag);
		assertThat(this.audit.historyOf("capacity-resource", String.valueOf(id))).extracting((e) -> e.getAction())
			.contains("capacity.resource.unpublished");
	}

	@Test
	void aLinkThatIsNotHttpIsRefusedWithTheTypedTextKept() throws Exception {
		MockHttpSession secretariat = TestAccounts.signIn(this.mvc,
				TestAccounts.create(this.accounts, Role.SECRETARIAT));
		MockHttpServletResponse refused = send(post("/admin/capacity/resources").param("kind", "VIDEO")
			.param("title_en", "Smuggling explained")
			.param("description_en", "A short video")
			.param("url_en", "javascript:alert(1)"), secretariat);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("Give a complete http or https link.")
			.contains("Smuggling explained");
		MockHttpServletResponse both = send(post("/admin/capacity/resources").param("kind", "VIDEO")
			.param("title_en", "Both")
			.param("description_en", "Link and document")
			.param("url_en", "https://example.org/v")
			.param("document_en", "1"), secretariat);
		assertThat(both.getStatus()).isEqualTo(400);
		assertThat(both.getContentAsString()).contains("either a link or a library document");
		MockHttpServletResponse missing = send(post("/admin/capacity/resources").param("kind", "VIDEO")
			.param("title_en", "No such document")
			.param("description_en", "A document that does not exist")
			.param("document_en", "99999999"), secretariat);
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("No public library document has this number.");
	}

	@Test
	void aFullEventPutsTheNextOrganisationOnTheWaitingListAndACancellationPromotesIt() throws Exception {
		CapacityEvent event = event(1);
		Account first = member("First");
		Account second = member("Second");
		MockHttpSession firstSession = TestAccounts.signIn(this.mvc, first);
		MockHttpSession secondSession = TestAccounts.signIn(this.mvc, second);

		MockHttpServletResponse registered = send(
				post("/capacity/events/" + event.getId() + "/registrations").param("attendee", "Amina Diallo"),
				firstSession);
		assertThat(registered.getStatus()).isEqualTo(302);
		String page = send(get("/capacity/events/" + event.getId()), firstSession).getContentAsString();
		assertThat(page).contains("Amina Diallo").contains("Seat confirmed").contains("1 of 1 seats taken");

		assertThat(send(get("/capacity/events/" + event.getId()), secondSession).getContentAsString())
			.contains("registering puts your organisation on the waiting list");
		send(post("/capacity/events/" + event.getId() + "/registrations").param("attendee", "Boris Petrov"),
				secondSession);
		assertThat(send(get("/capacity/events/" + event.getId()), secondSession).getContentAsString())
			.contains("On the waiting list");
		MockHttpServletResponse again = send(
				post("/capacity/events/" + event.getId() + "/registrations").param("attendee", "Someone else"),
				secondSession);
		assertThat(again.getStatus()).isEqualTo(400);
		assertThat(again.getContentAsString()).contains("already registered");

		send(post("/capacity/events/" + event.getId() + "/registrations/cancel"), firstSession);
		assertThat(send(get("/capacity/events/" + event.getId()), secondSession).getContentAsString())
			.contains("Seat confirmed")
			.contains("1 of 1 seats taken");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification where account_id = ? and message_key = ? and link = ?",
					Long.class, second.getId(), "capacity.notification.promoted",
					"/capacity/events/" + event.getId()) == 1);

		// The secretariat sees and exports who registered, cancellations included.
		MockHttpSession secretariat = TestAccounts.signIn(this.mvc,
				TestAccounts.create(this.accounts, Role.SECRETARIAT));
		MockHttpServletResponse csv = send(get("/admin/capacity/events/" + event.getId() + "/registrations.csv"),
				secretariat);
		assertThat(csv.getContentType()).startsWith("text/csv");
		List<String> lines = csv.getContentAsString().lines().toList();
		assertThat(lines.get(0)).isEqualTo("organisation,attendee,status,registered_at,changed_at");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("\"First ").contains("\"Amina Diallo\",CANCELLED");
		assertThat(lines.get(2)).startsWith("\"Second ").contains("\"Boris Petrov\",CONFIRMED");
		assertThat(this.audit.historyOf("capacity-event", String.valueOf(event.getId())))
			.extracting((e) -> e.getAction())
			.contains("capacity.registration.confirmed", "capacity.registration.waiting",
					"capacity.registration.cancelled", "capacity.registration.promoted");
	}

	@Test
	void twoOrganisationsAskingForTheLastSeatAtOnceGetOneSeatAndOneWaitingPlace() throws Exception {
		for (int round = 0; round < 3; round++) {
			CapacityEvent event = event(1);
			Account a = member("Racer A");
			Account b = member("Racer B");
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				List<Future<RegistrationStatus>> results = new ArrayList<>();
				for (Account who : List.of(a, b)) {
					Callable<RegistrationStatus> task = () -> {
						start.await();
						return this.capacity.register(event.getId(), who.getUsername(), "Attendee").getStatus();
					};
					results.add(threads.submit(task));
				}
				start.countDown();
				List<RegistrationStatus> statuses = new ArrayList<>();
				for (Future<RegistrationStatus> result : results) {
					statuses.add(result.get());
				}
				assertThat(statuses).containsExactlyInAnyOrder(RegistrationStatus.CONFIRMED,
						RegistrationStatus.WAITING);
				assertThat(this.capacity.seatsTaken(event.getId())).isEqualTo(1);
			}
			finally {
				threads.shutdownNow();
			}
		}
	}

	@Test
	void onlyMembersOfAnOrganisationRegisterAndOnlyBeforeTheDeadline() throws Exception {
		CapacityEvent event = event(5);
		MockHttpSession expert = TestAccounts.signIn(this.mvc, TestAccounts.create(this.accounts, Role.EXPERT));
		assertThat(send(post("/capacity/events/" + event.getId() + "/registrations").param("attendee", "X"), expert)
			.getStatus()).isEqualTo(403);
		assertThat(send(get("/capacity/events/" + event.getId()), expert).getContentAsString())
			.doesNotContain("register-form");

		CapacityEvent closed = this.capacity.createEvent(
				new EventForm(EventKind.WORKSHOP, "Closed " + tag(), "Past deadline", LocalDate.now().plusDays(3),
						LocalDate.now().plusDays(3), "Vienna", false, List.of("en"), 5, LocalDate.now().minusDays(1)));
		MockHttpSession member = TestAccounts.signIn(this.mvc, member("Late"));
		MockHttpServletResponse late = send(
				post("/capacity/events/" + closed.getId() + "/registrations").param("attendee", "Late Comer"), member);
		assertThat(late.getStatus()).isEqualTo(400);
		assertThat(late.getContentAsString()).contains("Registration for this event is closed.");
	}

	@Test
	void theApiListsUpcomingEventsAndRegistersTheSignedInOrganisation() throws Exception {
		CapacityEvent event = event(2);
		MockHttpSession member = TestAccounts.signIn(this.mvc, member("Api"));
		assertThat(send(get("/api/capacity/events"), null).getContentAsString())
			.contains("\"title\":\"" + event.getTitle() + "\"");
		MockHttpServletResponse registered = send(
				post("/api/capacity/events/" + event.getId() + "/registration").contentType("application/json")
					.content("{\"attendee\":\"Chen Wei\"}"),
				member);
		assertThat(registered.getStatus()).isEqualTo(200);
		assertThat(registered.getContentAsString()).contains("\"status\":\"CONFIRMED\"")
			.contains("\"attendee\":\"Chen Wei\"");
		assertThat(send(get("/api/capacity/events/" + event.getId()), null).getContentAsString())
			.contains("\"seatsTaken\":1");
		MockHttpServletResponse cancelled = send(post("/api/capacity/events/" + event.getId() + "/registration/cancel"),
				member);
		assertThat(cancelled.getContentAsString()).contains("\"status\":\"CANCELLED\"");
	}

	@Test
	void anEventHasACalendarFileAndEntersTheRegisteredOrganisationsPrivateCalendar() throws Exception {
		CapacityEvent event = event(3);
		Account member = member("Calendar");
		Account other = member("Other");
		this.capacity.register(event.getId(), member.getUsername(), "Dana");
		MockHttpServletResponse ics = send(get("/capacity/events/" + event.getId() + "/calendar.ics"), null);
		assertThat(ics.getContentType()).startsWith("text/calendar");
		String text = ics.getContentAsString();
		assertThat(text).contains("BEGIN:VEVENT\r\n")
			.contains("UID:capacity-event-" + event.getId() + "@palermo\r\n")
			.contains("DTSTART;VALUE=DATE:" + event.getStartsOn().toString().replace("-", "") + "\r\n")
			.contains("DTEND;VALUE=DATE:" + event.getEndsOn().plusDays(1).toString().replace("-", "") + "\r\n")
			.contains("SUMMARY:Training: " + event.getTitle());
		List<CalendarEvent> mine = this.calendar.eventsFor(this.accounts.find(member.getUsername()).orElseThrow(),
				Locale.ENGLISH);
		assertThat(mine).extracting(CalendarEvent::uid).contains("capacity-event-" + event.getId() + "@palermo");
		assertThat(this.calendar.eventsFor(this.accounts.find(other.getUsername()).orElseThrow(), Locale.ENGLISH))
			.extracting(CalendarEvent::uid)
			.doesNotContain("capacity-event-" + event.getId() + "@palermo");
		assertThat(this.calendar.eventsFor(TestAccounts.create(this.accounts, Role.BUREAU), Locale.ENGLISH)).isEmpty();
	}

	private CapacityEvent event(int seats) {
		LocalDate start = LocalDate.now().plusDays(30);
		return this.capacity
			.createEvent(new EventForm(EventKind.TRAINING, "Training " + tag(), "Identifying victims of trafficking",
					start, start.plusDays(1), "Nairobi", true, List.of("en", "fr"), seats, start.minusDays(10)));
	}

	/** A member of a new organisation of their own. */
	private Account member(String organisationName) {
		String tag = tag();
		long organisation = this.organisations
			.register(organisationName + " " + tag, OrganisationKind.NGO, "KE", "https://example.org")
			.getId();
		return this.accounts.createDemoAccount(new InvitationForm("cap" + tag, "Member " + tag,
				"cap" + tag + "@example.org", Role.CIVIL_SOCIETY, null, organisation), TestAccounts.PASSWORD);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		request.with(csrf());
		if (session != null) {
			request.session(session);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String tag() {
		return System.nanoTime() % 100_000_000 + "x" + SEQUENCE.incrementAndGet();
	}

}
