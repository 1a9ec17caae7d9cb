package org.palermo.cycle;

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

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;
import org.palermo.accounts.TokenScope;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.notifications.MailService;
import org.palermo.parties.PartyNames;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reminders before each deadline and once it has passed, to the people who can act,
 * exactly once per threshold: run twice, by two scheduler instances on one database, and
 * again after a restart. Each test opens its own review on cluster III.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeadlineRemindersIntegrationTests {

	@Autowired
	private CycleService cycle;

	@Autowired
	private ReviewPeopleService people;

	@Autowired
	private AccountService accounts;

	@Autowired
	private DeadlineReminders reminders;

	@Autowired
	private MailService mail;

	@Autowired
	private PartyNames names;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private MockMvc mvc;

	/** A review started 23 days ago whose State under review has a focal point only. */
	private record Opened(CountryReview review, Account focalPoint, Account expert) {
	}

	private Opened open(String sur, String reviewer) {
		return open(sur, reviewer, LocalDate.now().minusDays(23));
	}

	private Opened open(String sur, String reviewer, LocalDate start) {
		CountryReview review = this.cycle.openReview(sur, ThematicCluster.III, 4, start,
				List.of(new Reviewer(reviewer, ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))), null);
		String tag = sur.toLowerCase(Locale.ROOT) + System.nanoTime() % 100000;
		Account secretariat = account(tag + "-sec", Role.SECRETARIAT, null, "en");
		Account focalPoint = account(tag + "-fp", Role.FOCAL_POINT, sur, "fr");
		Account expert = account(tag + "-ex", Role.EXPERT, reviewer, "en");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretariat.getUsername(), null, List.of()));
		this.people.name(review.getId(), new NamingForm(sur, ReviewRole.FOCAL_POINT, focalPoint.getUsername(), null,
				null, null, "NV/" + tag, LocalDate.now().minusDays(20)));
		SecurityContextHolder.clearContext();
		return new Opened(this.cycle.review(review.getId()), focalPoint, expert);
	}

	private Account account(String username, Role role, String party, String language) {
		return this.accounts.createDemoAccount(new InvitationForm(username, "Person " + username,
				username + "@example.org", role, party, null, language), TestAccounts.PASSWORD);
	}

	private int recorded(CountryReview review, ReviewStep step, String threshold) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from review_reminder where review_id = ? and step = ? and threshold = ?",
				Integer.class, review.getId(), step.name(), threshold);
		return (count != null) ? count : 0;
	}

	private long reminders(Account person) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from notification where account_id = ? and kind = 'REMINDER'", Long.class,
				person.getId());
		return (count != null) ? count : 0;
	}

	@Test
	void thresholdsComeFromTheNearestDayBeforeTheDeadlineAndOverdueAfterIt() {
		LocalDate due = LocalDate.of(2027, 3, 31);
		List<Integer> days = List.of(30, 7, 1);
		assertThat(DeadlineReminders.threshold(due.minusDays(31), due, days)).isEmpty();
		assertThat(DeadlineReminders.threshold(due.minusDays(30), due, days)).contains("D30");
		assertThat(DeadlineReminders.threshold(due.minusDays(8), due, days)).contains("D30");
		assertThat(DeadlineReminders.threshold(due.minusDays(7), due, days)).contains("D7");
		assertThat(DeadlineReminders.threshold(due.minusDays(1), due, days)).contains("D1");
		assertThat(DeadlineReminders.threshold(due, due, days)).contains("D1");
		assertThat(DeadlineReminders.threshold(due.plusDays(1), due, days)).contains("OVERDUE");
	}

	@Test
	void eachThresholdIsRemindedOnceToThePeopleWhoCanActEvenWhenTheJobRunsTwice() {
		Opened opened = open("MU", "LU");
		CountryReview review = opened.review();
		LocalDate expertsDue = review.getDeadlines().get(ReviewStep.EXPERTS_NAMED);
		LocalDate today = expertsDue.minusDays(5);

		this.reminders.run(today);
		this.reminders.run(today);
		assertThat(recorded(review, ReviewStep.EXPERTS_NAMED, "D7")).isEqualTo(1);
		assertThat(recorded(review, ReviewStep.FOCAL_POINTS_NAMED, "OVERDUE")).as("Luxembourg has no focal point")
			.isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> reminders(opened.focalPoint()) == 1);
		assertThat(reminders(opened.expert())).as("not named in the review").isZero();

		// The mail is stored after the inbox entry's transaction: wait for it too. Read
		// from the mail table whatever its delivery (outbox, or sent where another test
		// class's context has a mail server).
		String french = await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForList(
					"select body from mail_message where recipient = ? and subject like '%Rappel%' order by id",
					String.class, opened.focalPoint().getEmail()), (bodies) -> !bodies.isEmpty())
			.get(0);
		assertThat(french).contains("Rappel")
			.contains(this.names.name("MU", Locale.FRENCH))
			.contains(expertsDue.toString())
			.contains("/reviews/" + review.getId());

		this.reminders.run(expertsDue.plusDays(1));
		this.reminders.run(expertsDue.plusDays(2));
		assertThat(recorded(review, ReviewStep.EXPERTS_NAMED, "OVERDUE")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> reminders(opened.focalPoint()) == 2);
	}

	@Test
	void twoInstancesAtOnceTwoSchedulersOnOneDatabaseAndARestartSendOneReminderPerThreshold() throws Exception {
		Opened opened = open("FJ", "IS");
		CountryReview review = opened.review();
		LocalDate dayBefore = review.getDeadlines().get(ReviewStep.EXPERTS_NAMED).minusDays(1);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Callable<Integer> run = () -> {
				start.await();
				return this.reminders.run(dayBefore);
			};
			runs.add(pool.submit(run));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		pool.shutdown();
		assertThat(recorded(review, ReviewStep.EXPERTS_NAMED, "D1")).isEqualTo(1);

		LocalDate overdue = dayBefore.plusDays(2);
		String job = "reminders-test-" + System.nanoTime();
		RecurringTask<Void> task = Tasks.recurring(job, Schedules.fixedDelay(Duration.ofMillis(300)))
			.execute((instance, context) -> this.reminders.run(overdue));
		Scheduler first = scheduler("first", task);
		Scheduler second = scheduler("second", task);
		first.start();
		second.start();
		await().atMost(Duration.ofSeconds(20)).until(() -> recorded(review, ReviewStep.EXPERTS_NAMED, "OVERDUE") == 1);
		Thread.sleep(1500);
		first.stop();
		second.stop();

		Scheduler restarted = scheduler("restarted", task);
		restarted.start();
		Thread.sleep(1500);
		restarted.stop();
		assertThat(recorded(review, ReviewStep.EXPERTS_NAMED, "OVERDUE")).isEqualTo(1);
		assertThat(recorded(review, ReviewStep.EXPERTS_NAMED, "D1")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> reminders(opened.focalPoint()) == 2);
		Thread.sleep(500);
		assertThat(reminders(opened.focalPoint())).as("D1 and overdue, once each").isEqualTo(2);
	}

	private Scheduler scheduler(String name, RecurringTask<Void> task) {
		return Scheduler.create(this.dataSource, new ArrayList<Task<?>>())
			.startTasks(List.of(task))
			.schedulerName(new SchedulerName.Fixed(name))
			.pollingInterval(Duration.ofMillis(200))
			.threads(2)
			.alwaysPersistTimestampInUTC()
			.build();
	}

	@Test
	void theCallersDeadlinesAndTheirPrivateCalendarFeed() throws Exception {
		Opened opened = open("BW", "EE");
		CountryReview review = opened.review();
		LocalDate expertsDue = review.getDeadlines().get(ReviewStep.EXPERTS_NAMED);
		String token = this.accounts.createToken(opened.focalPoint().getUsername(), "deadlines", TokenScope.READ, 1,
				null);
		String json = this.mvc.perform(get("/api/me/deadlines").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"reviewId\":" + review.getId())
			.contains("\"step\":\"EXPERTS_NAMED\"")
			.contains("\"due\":\"" + expertsDue + "\"")
			.contains("\"daysLeft\":5")
			.contains("\"overdue\":false");
		MockHttpSession expert = TestAccounts.signIn(this.mvc, opened.expert());
		assertThat(this.mvc.perform(get("/api/me/deadlines").session(expert))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("\"reviewId\":" + review.getId() + ",");

		MockHttpSession session = TestAccounts.signIn(this.mvc, opened.focalPoint());
		String feedUrl = (String) this.mvc.perform(post("/account/calendar").with(csrf()).session(session))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		assertThat(feedUrl).matches("http://localhost:\\d+/calendar/cal_[A-Za-z0-9_-]{43}\\.ics");
		String path = feedUrl.substring(feedUrl.indexOf("/calendar/"));
		String secret = path.substring("/calendar/".length(), path.length() - 4);
		assertThat(this.jdbc.queryForObject("select count(*) from calendar_feed where secret_hash = ?", Integer.class,
				secret))
			.as("only its hash is stored")
			.isZero();

		MockHttpServletResponse feed = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(feed.getStatus()).isEqualTo(200);
		assertThat(feed.getContentType()).startsWith("text/calendar");
		String ics = feed.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n ", "")).contains("UID:review-" + review.getId() + "-EXPERTS_NAMED@palermo")
			.contains("DTSTART;VALUE=DATE:" + expertsDue.toString().replace("-", ""))
			.contains(this.names.name("BW", Locale.FRENCH));
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(this.mvc.perform(get("/account/calendar").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("shown after the redirect").contains(secret);
		assertThat(this.mvc.perform(get("/account/calendar").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("and never again").doesNotContain(secret);

		String replaced = (String) this.mvc.perform(post("/account/calendar").with(csrf()).session(session))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("the old address")
			.isEqualTo(404);
		String newPath = replaced.substring(replaced.indexOf("/calendar/"));
		assertThat(this.mvc.perform(get(newPath)).andReturn().getResponse().getStatus()).isEqualTo(200);
		this.mvc.perform(post("/account/calendar/revoke").with(csrf()).session(session));
		assertThat(this.mvc.perform(get(newPath)).andReturn().getResponse().getStatus()).as("revoked").isEqualTo(404);
	}

	@Test
	void answersReceivedLateGiveTheReviewersSixMonthsFromReceiptAndTheLaterStepsFollow() {
		Opened late = open("NA", "SI", LocalDate.now().minusMonths(20));
		Opened onTime = open("GY", "HR");
		Account secretariat = account("sec" + System.nanoTime() % 100000, Role.SECRETARIAT, null, "en");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretariat.getUsername(), null, List.of()));
		try {
			for (Opened opened : List.of(late, onTime)) {
				long id = opened.review().getId();
				this.cycle.advance(id, this.cycle.review(id).getVersion());
				this.cycle.advance(id, this.cycle.review(id).getVersion());
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		LocalDate sixMonths = LocalDate.now().plusMonths(6);
		var moved = this.cycle.review(late.review().getId()).getDeadlines();
		assertThat(moved.get(ReviewStep.WRITTEN_FEEDBACK)).isEqualTo(sixMonths);
		assertThat(moved.get(ReviewStep.LIST_OF_OBSERVATIONS)).isEqualTo(sixMonths);
		assertThat(moved.get(ReviewStep.SUMMARY)).isEqualTo(sixMonths);
		assertThat(moved.get(ReviewStep.SELF_ASSESSMENT))
			.isEqualTo(late.review().getDeadlines().get(ReviewStep.SELF_ASSESSMENT));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'review.deadlines.fromReceipt' and entity_id = ?",
				Integer.class, String.valueOf(late.review().getId())))
			.isEqualTo(1);
		assertThat(this.cycle.review(onTime.review().getId()).getDeadlines())
			.as("answers on time keep the planned deadline")
			.isEqualTo(onTime.review().getDeadlines());
	}

}
