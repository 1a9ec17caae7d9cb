package org.palermo.deskreview;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewPhase;
import org.palermo.cycle.ReviewStep;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.InstrumentService;
import org.palermo.instruments.ThematicCluster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The review timeline as each role meets it: the review's people and the secretariat see
 * each step, its deadline, who is awaited by State and role and any delay; outsiders are
 * refused; the secretariat's dashboard counts the reviews by step; the public country
 * page shows steps and dates and nothing else. One review of Congo (cluster II) in the
 * written feedback phase, its timetable moved into the past, Estonia's feedback sent and
 * Latvia's not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewTimelineIntegrationTests {

	private static DeskReviewCast cast;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CycleService cycle;

	@Autowired
	private ReviewPeopleService people;

	@Autowired
	private FeedbackService feedback;

	@Autowired
	private InstrumentService instruments;

	@BeforeEach
	void oneLateReviewWithEstoniasFeedbackSent() {
		if (cast != null) {
			return;
		}
		cast = new DeskReviewCast(this.accounts, this.cycle, this.people, "CG", "EE", "LV", "SO")
			.inPhase(ReviewPhase.DESK_REVIEW);
		cast.as("secretariat");
		LocalDate start = this.cycle.review(cast.id()).getStartedOn();
		Map<ReviewStep, LocalDate> plan = new EnumMap<>(ReviewStep.class);
		for (ReviewStep step : ReviewStep.values()) {
			plan.put(step, start.plusDays(1 + step.ordinal()));
		}
		this.cycle.replan(cast.id(), this.cycle.review(cast.id()).getVersion(), plan, "Timetable of the test");
		Article article = this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
		cast.as("aExpert");
		this.feedback.draft(cast.id(), article.getId(),
				new FeedbackForm("Timeline good practice", "Timeline challenge", "Timeline question", null),
				cast.user("aExpert"));
		cast.as("aFocalPoint");
		this.feedback.send(cast.id(), cast.user("aFocalPoint"));
		SecurityContextHolder.clearContext();
	}

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", DeskReviewCast.PASSWORD)
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		return session;
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		if (session != null) {
			request.session(session);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static Element row(Document page, ReviewStep step) {
		Element row = page.selectFirst("tr[data-step=" + step + "]");
		assertThat(row).as("row of " + step).isNotNull();
		return row;
	}

	@Test
	void theReviewsPeopleSeeEachStepWhoIsAwaitedByStateAndRoleAndTheDelay() throws Exception {
		long overdueDays = LocalDate.now().toEpochDay()
				- this.cycle.review(cast.id()).getDeadlines().get(ReviewStep.WRITTEN_FEEDBACK).toEpochDay();
		assertThat(overdueDays).isPositive();
		for (String who : List.of("secretariat", "surFocalPoint", "surExpert", "surObserver", "aExpert",
				"bFocalPoint")) {
			MockHttpServletResponse response = send(get("/reviews/" + cast.id() + "/timeline"), signIn(cast.user(who)));
			assertThat(response.getStatus()).as(who).isEqualTo(200);
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.select("tbody tr")).as(who).hasSize(ReviewStep.values().length);
			Element feedbackRow = row(page, ReviewStep.WRITTEN_FEEDBACK);
			assertThat(feedbackRow.hasClass("current")).isTrue();
			assertThat(feedbackRow.select(".awaited li").eachText()).as(who)
				.containsExactlyInAnyOrder("Latvia: Focal point", "Latvia: Governmental expert");
			assertThat(feedbackRow.select(".done-by").text()).isEqualTo("Estonia");
			assertThat(feedbackRow.select(".delay").text()).isEqualTo("Overdue by " + overdueDays + " days");
			// Steps already done today, after their deadlines, say by how much.
			Element answers = row(page, ReviewStep.SELF_ASSESSMENT);
			assertThat(answers.select(".delay").text()).startsWith("Done ").endsWith(" days after the deadline");
			assertThat(answers.select(".awaited li")).isEmpty();
			// By State and role, never by name or contact.
			String html = page.html();
			for (String person : cast.who.keySet()) {
				assertThat(html).as(who + " sees no name").doesNotContain("Person " + cast.user(person));
				assertThat(html).doesNotContain(cast.user(person) + "@example.org");
			}
		}
		// The review page links to it for its people only.
		assertThat(send(get("/reviews/" + cast.id()), signIn(cast.user("surObserver"))).getContentAsString())
			.contains("/reviews/" + cast.id() + "/timeline");
		assertThat(send(get("/reviews/" + cast.id()), null).getContentAsString())
			.doesNotContain("/reviews/" + cast.id() + "/timeline");
		assertThat(send(get("/reviews/" + cast.id()), signIn(cast.user("otherExpert"))).getContentAsString())
			.doesNotContain("/reviews/" + cast.id() + "/timeline");
	}

	@Test
	void peopleOutsideTheReviewAreRefusedTheTimelineAndTheAnonymousAreAskedToSignIn() throws Exception {
		for (String who : List.of("otherExpert", "otherFocalPoint")) {
			assertThat(send(get("/reviews/" + cast.id() + "/timeline"), signIn(cast.user(who))).getStatus()).as(who)
				.isEqualTo(403);
		}
		MockHttpServletResponse anonymous = send(get("/reviews/" + cast.id() + "/timeline"), null);
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void theSecretariatCountsTheReviewsPerStepAsAChartAndATableAndFiltersTheList() throws Exception {
		MockHttpSession secretariat = signIn(cast.user("secretariat"));
		String link = "/reviews/" + cast.id() + "/timeline";
		Document all = Jsoup
			.parse(send(get("/admin/reviews/steps").param("cluster", "II"), secretariat).getContentAsString());
		long feedbackCount = Long.parseLong(row(all, ReviewStep.WRITTEN_FEEDBACK).select(".step-count").text());
		assertThat(row(all, ReviewStep.WRITTEN_FEEDBACK).select(".bar")).hasSize(1);
		assertThat(all.select(".steps-list a[href=" + link + "]")).hasSize(1);

		Document atFeedback = Jsoup.parse(
				send(get("/admin/reviews/steps").param("cluster", "II").param("step", "WRITTEN_FEEDBACK"), secretariat)
					.getContentAsString());
		assertThat(atFeedback.select(".steps-list tbody tr")).hasSize((int) feedbackCount);
		assertThat(atFeedback.select(".steps-list a[href=" + link + "]")).hasSize(1);
		assertThat(atFeedback.select(".steps-list tbody tr").eachText())
			.allSatisfy((text) -> assertThat(text).contains("Written feedback"));

		String atSummary = send(get("/admin/reviews/steps").param("cluster", "II").param("step", "SUMMARY"),
				secretariat)
			.getContentAsString();
		assertThat(atSummary).doesNotContain(link);
		String overdue = send(get("/admin/reviews/steps").param("overdue", "true"), secretariat).getContentAsString();
		assertThat(overdue).contains(link);
		String otherCluster = send(get("/admin/reviews/steps").param("cluster", "IV"), secretariat)
			.getContentAsString();
		assertThat(otherCluster).doesNotContain(link);

		for (String who : List.of("surFocalPoint", "aExpert", "surObserver")) {
			assertThat(send(get("/admin/reviews/steps"), signIn(cast.user(who))).getStatus()).as(who).isEqualTo(403);
		}
	}

	@Test
	void thePublicCountryPageShowsTheStepsAndDatesOfItsReviewsAndNothingElse() throws Exception {
		Document page = Jsoup.parse(send(get("/parties/CG"), null).getContentAsString());
		Element section = page.selectFirst(".country-timeline");
		assertThat(section).isNotNull();
		assertThat(section.select("h2").text()).isEqualTo("Timeline of the reviews");
		Element feedbackRow = section.select("tbody tr")
			.stream()
			.filter((r) -> r.text().startsWith("Written feedback"))
			.findFirst()
			.orElseThrow();
		assertThat(feedbackRow.text()).contains(
				this.cycle.review(cast.id()).getDeadlines().get(ReviewStep.WRITTEN_FEEDBACK).toString(), "Not yet");
		String text = section.text();
		assertThat(text).doesNotContain("Overdue", "Awaited", "Focal point:", "Governmental expert", "Estonia",
				"Latvia", "Timeline good practice");
		String html = page.html();
		assertThat(html).doesNotContain("/reviews/" + cast.id() + "/timeline");
		for (String person : cast.who.keySet()) {
			assertThat(html).doesNotContain("Person " + cast.user(person));
		}
	}

}
