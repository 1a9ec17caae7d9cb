package org.palermo.deskreview;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The dialogue: a reviewing State asks about an article, the State under review answers
 * in the thread, the secretariat joins; each message tells the other side only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DialogueIntegrationTests {

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
	private ApplicationEvents events;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/login").param("username", username)
			.param("password", DeskReviewCast.PASSWORD)
			.with(csrf())
			.session(session));
		return session;
	}

	@Test
	void aQuestionAndItsAnswerFormAThreadAndEachMessageTellsTheOtherSide() throws Exception {
		DeskReviewCast cast = new DeskReviewCast(this.accounts, this.cycle, this.people, "SZ", "EE", "LV", "LS")
			.inPhase(ReviewPhase.DIALOGUE);
		Article article = this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
		this.events.clear();
		MockHttpServletResponse asked = this.mvc
			.perform(post("/api/reviews/" + cast.id() + "/dialogue").contentType("application/json")
				.content("{\"articleId\": " + article.getId() + ", \"body\": \"How many shelters QUESTION?\"}")
				.with(csrf())
				.session(signIn(cast.user("aExpert"))))
			.andReturn()
			.getResponse();
		assertThat(asked.getStatus()).isEqualTo(201);
		String threadId = asked.getContentAsString().replaceAll(".*?\"id\":(\\d+).*", "$1");
		List<NotificationRequested> told = this.events.stream(NotificationRequested.class).toList();
		assertThat(told).singleElement().satisfies((n) -> {
			assertThat(n.kind()).isEqualTo(NotificationKind.DIALOGUE_MESSAGE);
			assertThat(n.recipients()).containsExactlyInAnyOrder(cast.who.get("surFocalPoint").getId(),
					cast.who.get("surExpert").getId(), cast.who.get("surObserver").getId());
			assertThat(n.arguments()).doesNotContain("How many shelters QUESTION?");
		});

		this.events.clear();
		MockHttpSession sur = signIn(cast.user("surExpert"));
		assertThat(this.mvc
			.perform(post("/reviews/" + cast.id() + "/dialogue").param("threadId", threadId)
				.param("body", "Twelve shelters ANSWER")
				.with(csrf())
				.session(sur))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.events.stream(NotificationRequested.class).toList()).singleElement()
			.satisfies((n) -> assertThat(n.recipients()).containsExactlyInAnyOrder(cast.who.get("aFocalPoint").getId(),
					cast.who.get("aExpert").getId(), cast.who.get("bFocalPoint").getId(),
					cast.who.get("bExpert").getId()));

		this.events.clear();
		MockHttpSession secretariat = signIn(cast.user("secretariat"));
		assertThat(this.mvc
			.perform(post("/reviews/" + cast.id() + "/dialogue").param("threadId", threadId)
				.param("body", "The secretariat JOINS")
				.with(csrf())
				.session(secretariat))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.events.stream(NotificationRequested.class).toList()).singleElement()
			.satisfies((n) -> assertThat(n.recipients()).hasSize(7));

		String page = this.mvc.perform(get("/reviews/" + cast.id() + "/dialogue").session(sur))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("How many shelters QUESTION?")).isPositive()
			.isLessThan(page.indexOf("Twelve shelters ANSWER"));
		assertThat(page.indexOf("Twelve shelters ANSWER")).isLessThan(page.indexOf("The secretariat JOINS"));

		// Observers read but do not write; outsiders do neither.
		assertThat(this.mvc
			.perform(post("/reviews/" + cast.id() + "/dialogue").param("threadId", threadId)
				.param("body", "x")
				.with(csrf())
				.session(signIn(cast.user("surObserver"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		MockHttpSession outsider = signIn(cast.user("otherExpert"));
		assertThat(this.mvc.perform(get("/api/reviews/" + cast.id() + "/dialogue").session(outsider))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
