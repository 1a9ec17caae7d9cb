package org.palermo.deskreview;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.audit.AuditEvent;
import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewPhase;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.InstrumentService;
import org.palermo.instruments.ThematicCluster;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Written feedback as its people use it, each signed in through the real form: drafts
 * stay with their reviewing State, its focal point sends, the State under review then
 * reads and is told; conflicts answer 409; every change is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FeedbackIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CycleService cycle;

	@Autowired
	private ReviewPeopleService people;

	@Autowired
	private InstrumentService instruments;

	@Autowired
	private AuditService audit;

	@Autowired
	private ApplicationEvents events;

	private DeskReviewCast cast(String sur, String other) {
		return new DeskReviewCast(this.accounts, this.cycle, this.people, sur, "EE", "LV", other)
			.inPhase(ReviewPhase.DESK_REVIEW);
	}

	private Article anArticle() {
		return this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
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
		return this.mvc.perform(request.session(session)).andReturn().getResponse();
	}

	private String page(DeskReviewCast cast, String who) throws Exception {
		MockHttpServletResponse response = send(get("/reviews/" + cast.id() + "/feedback"), signIn(cast.user(who)));
		assertThat(response.getStatus()).as(who).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void draftsStayWithTheirStateUntilItsFocalPointSendsThemAndThenTheStateUnderReviewReadsAndIsTold()
			throws Exception {
		DeskReviewCast cast = cast("MN", "MT");
		Article article = anArticle();
		MockHttpSession expertA = signIn(cast.user("aExpert"));
		MockHttpServletResponse saved = send(post("/reviews/" + cast.id() + "/feedback/" + article.getId())
			.param("goodPractices", "Witness relocation ALPHA works")
			.param("challenges", "Courts lack video links")
			.param("questions", "How many witnesses were protected?")
			.with(csrf()), expertA);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(send(get("/reviews/" + cast.id() + "/feedback"), expertA).getContentAsString())
			.contains("Draft saved.", "Witness relocation ALPHA works", "Courts lack video links");
		assertThat(page(cast, "aFocalPoint")).contains("Witness relocation ALPHA works");
		for (String other : List.of("bExpert", "bFocalPoint", "surFocalPoint", "surExpert", "surObserver",
				"secretariat")) {
			assertThat(page(cast, other)).as(other).doesNotContain("ALPHA");
		}
		String asB = send(get("/api/reviews/" + cast.id() + "/feedback"), signIn(cast.user("bExpert")))
			.getContentAsString();
		assertThat(asB).doesNotContain("ALPHA");

		// Only the focal point of the State sends; its expert cannot, nor B's focal point
		// send A's drafts.
		assertThat(send(post("/reviews/" + cast.id() + "/feedback/send").with(csrf()), expertA).getStatus())
			.isEqualTo(403);
		assertThat(send(post("/reviews/" + cast.id() + "/feedback/send").with(csrf()), signIn(cast.user("bFocalPoint")))
			.getStatus()).isEqualTo(302);
		assertThat(page(cast, "surFocalPoint")).doesNotContain("ALPHA");
		this.events.clear();
		MockHttpServletResponse sent = send(post("/reviews/" + cast.id() + "/feedback/send").with(csrf()),
				signIn(cast.user("aFocalPoint")));
		assertThat(sent.getStatus()).isEqualTo(302);
		for (String reader : List.of("surFocalPoint", "surExpert", "surObserver", "bExpert", "secretariat")) {
			assertThat(page(cast, reader)).as(reader).contains("Witness relocation ALPHA works");
		}
		List<NotificationRequested> told = this.events.stream(NotificationRequested.class).toList();
		assertThat(told).hasSize(1);
		assertThat(told.get(0).kind()).isEqualTo(NotificationKind.FEEDBACK_RECEIVED);
		assertThat(told.get(0).recipients()).containsExactlyInAnyOrder(cast.who.get("surFocalPoint").getId(),
				cast.who.get("surExpert").getId(), cast.who.get("surObserver").getId());
		assertThat(told.get(0).arguments()).containsExactly("state:EE", "state:MN");
		assertThat(String.join(" ", told.get(0).arguments()) + told.get(0).link()).doesNotContain("ALPHA");

		// Sent feedback no longer changes: the expert is told why, in words.
		MockHttpServletResponse late = send(
				post("/reviews/" + cast.id() + "/feedback/" + article.getId()).param("goodPractices", "Rewritten")
					.param("challenges", "")
					.param("questions", "")
					.param("version", "1")
					.with(csrf()),
				expertA);
		assertThat(late.getStatus()).isEqualTo(302);
		assertThat(send(get("/reviews/" + cast.id() + "/feedback"), expertA).getContentAsString())
			.contains("Witness relocation ALPHA works")
			.doesNotContain("Rewritten")
			.contains("This feedback was already sent");

		List<AuditEvent> trail = this.audit.historyOf("FeedbackEntry",
				String.valueOf(this.entryId(cast, "EE", article)));
		assertThat(trail).extracting(AuditEvent::getAction).containsExactly("feedback.draft", "feedback.send");
		assertThat(trail).extracting(AuditEvent::getActor)
			.containsExactly(cast.user("aExpert"), cast.user("aFocalPoint"));
	}

	@Autowired
	private FeedbackEntryRepository entries;

	private long entryId(DeskReviewCast cast, String party, Article article) {
		return this.entries.findByReviewIdAndPartyCodeAndArticleId(cast.id(), party, article.getId())
			.orElseThrow()
			.getId();
	}

	@Test
	void aDraftSavedOverAnotherExpertsNewerOneAnswers409AndKeepsTheirText() throws Exception {
		DeskReviewCast cast = cast("KZ", "CY");
		Article article = anArticle();
		MockHttpSession expert = signIn(cast.user("aExpert"));
		MockHttpSession focalPoint = signIn(cast.user("aFocalPoint"));
		send(post("/reviews/" + cast.id() + "/feedback/" + article.getId()).param("goodPractices", "First words")
			.with(csrf()), expert);
		assertThat(send(post("/reviews/" + cast.id() + "/feedback/" + article.getId())
			.param("goodPractices", "The focal point's words")
			.param("version", "0")
			.with(csrf()), focalPoint).getStatus()).isEqualTo(302);
		MockHttpServletResponse stale = send(
				post("/reviews/" + cast.id() + "/feedback/" + article.getId()).param("goodPractices", "Stale words")
					.param("version", "0")
					.with(csrf()),
				expert);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("written feedback");
		assertThat(page(cast, "aExpert")).contains("The focal point&#39;s words").doesNotContain("Stale words");
		MockHttpServletResponse api = send(
				post("/api/reviews/" + cast.id() + "/feedback/" + article.getId()).contentType("application/json")
					.content("{\"goodPractices\": \"Stale again\", \"version\": 0}")
					.with(csrf()),
				expert);
		assertThat(api.getStatus()).isEqualTo(409);
		assertThat(api.getContentType()).startsWith("application/problem+json");
	}

	@Test
	void anExpertOfAnotherReviewCannotReadFeedbackNorTheListAndNobodyDraftsOutsideTheDeskReview() throws Exception {
		DeskReviewCast cast = cast("UZ", "LU");
		MockHttpSession outsider = signIn(cast.user("otherExpert"));
		for (String path : List.of("/reviews/%d/feedback", "/api/reviews/%d/feedback", "/reviews/%d/observations",
				"/api/reviews/%d/observations")) {
			assertThat(send(get(path.formatted(cast.id())), outsider).getStatus()).as(path).isEqualTo(403);
		}
		assertThat(send(post("/reviews/" + cast.id() + "/feedback/" + anArticle().getId()).param("goodPractices", "x")
			.with(csrf()), outsider).getStatus()).isEqualTo(403);
		// The State under review's people never draft feedback.
		assertThat(send(post("/reviews/" + cast.id() + "/feedback/" + anArticle().getId()).param("goodPractices", "x")
			.with(csrf()), signIn(cast.user("surExpert"))).getStatus()).isEqualTo(403);
		CountryReview review = this.cycle.review(cast.id());
		cast.inPhase(ReviewPhase.LIST_OF_OBSERVATIONS);
		assertThat(send(post("/reviews/" + review.getId() + "/feedback/" + anArticle().getId())
			.param("goodPractices", "too late")
			.with(csrf()), signIn(cast.user("aExpert"))).getStatus()).isEqualTo(403);
	}

	@Test
	void anArticleOutsideTheReviewIsRefusedInWords() throws Exception {
		DeskReviewCast cast = cast("TJ", "IS");
		Article elsewhere = this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() != null && a.getCluster() != ThematicCluster.II)
			.findFirst()
			.orElseThrow();
		MockHttpSession expert = signIn(cast.user("aExpert"));
		MockHttpServletResponse response = send(post("/reviews/" + cast.id() + "/feedback/" + elsewhere.getId())
			.param("goodPractices", "Words worth keeping")
			.with(csrf()), expert);
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(send(get("/reviews/" + cast.id() + "/feedback"), expert).getContentAsString())
			.contains("This article is not one this review covers.");
		MockHttpServletResponse api = send(
				post("/api/reviews/" + cast.id() + "/feedback/" + elsewhere.getId()).contentType("application/json")
					.content("{\"goodPractices\": \"x\"}")
					.with(csrf()),
				expert);
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("not one this review covers");
	}

}
