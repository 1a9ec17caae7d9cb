package org.palermo.deskreview;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.TestAccounts;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewDocument;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewPhase;
import org.palermo.documents.SearchService;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.InstrumentService;
import org.palermo.instruments.ThematicCluster;
import org.palermo.questionnaires.QuestionKind;
import org.palermo.questionnaires.QuestionnaireService;
import org.palermo.questionnaires.TemplateQuestion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The search over review content: submitted questionnaire answers and observations are
 * found by the review's people and the secretariat only (results, counts and facets),
 * drafts never; published documents by anyone, until withdrawn; a full re-index keeps all
 * of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchOfReviewContentIntegrationTests {

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
	private QuestionnaireService questionnaires;

	@Autowired
	private ObservationService observations;

	@Autowired
	private SummaryService summaries;

	@Autowired
	private PublicationService publications;

	@Autowired
	private SearchService search;

	private final Map<String, MockHttpSession> sessions = new HashMap<>();

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** A word no other test writes, of letters only. */
	private static String uniqueWord(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	private JsonNode find(String username, String query) throws Exception {
		var request = get("/api/search?" + query);
		if (username != null) {
			request.session(this.sessions.computeIfAbsent(username, (u) -> {
				try {
					return TestAccounts.signIn(this.mvc, u, DeskReviewCast.PASSWORD, null);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(query + " as " + username).isEqualTo(200);
		return this.json.readTree(response.getContentAsString());
	}

	private long total(String username, String query) throws Exception {
		return find(username, query).path("total").asLong();
	}

	private void awaitTotal(String username, String query, long expected) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(total(username, query)).as(query + " as " + username).isEqualTo(expected));
	}

	/** Nothing of the word shows to this person: no hit, no count, no facet value. */
	private void assertHidden(String username, String word, String country) throws Exception {
		JsonNode found = find(username, "q=" + word);
		assertThat(found.path("total").asLong()).as(word + " as " + username).isZero();
		assertThat(found.path("hits").size()).isZero();
		found.path("facets").forEach((facet) -> assertThat(facet.size()).as("facets of " + word).isZero());
		String everything = find(username, "size=50&country=" + country).toString();
		assertThat(everything).as("country " + country + " as " + username).doesNotContain(word);
		assertThat(find(username, "country=" + country).path("total").asLong()).as("count of " + country).isZero();
	}

	private Article anArticle() {
		return this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aSubmittedAnswerIsFoundByTheReviewsPeopleOnlyADraftNeverAndReopeningRemovesIt() throws Exception {
		DeskReviewCast cast = new DeskReviewCast(this.accounts, this.cycle, this.people, "SR", "EE", "LV", "BZ")
			.inPhase(ReviewPhase.SELF_ASSESSMENT);
		String word = uniqueWord("ans");
		cast.as("surExpert");
		TemplateQuestion question = this.questionnaires.view(cast.id(), cast.user("surExpert"))
			.sections()
			.stream()
			.flatMap((s) -> s.questions().stream())
			.filter((q) -> q.getKind() == QuestionKind.EXPLANATION)
			.findFirst()
			.orElseThrow();
		this.questionnaires.save(cast.id(), question.getQuestionKey(), "The law on " + word + " applies.", null,
				cast.user("surExpert"));
		SecurityContextHolder.clearContext();

		// A draft is never found, not even by the secretariat or its own authors.
		for (String who : List.of("secretariat", "surExpert", "aExpert")) {
			assertThat(total(cast.user(who), "q=" + word)).as(who).isZero();
		}

		cast.as("surFocalPoint");
		this.questionnaires.submit(cast.id(), cast.user("surFocalPoint"));
		SecurityContextHolder.clearContext();
		for (String who : List.of("secretariat", "aExpert", "bExpert", "surExpert")) {
			awaitTotal(cast.user(who), "q=" + word, 1);
		}
		JsonNode hit = find(cast.user("aExpert"), "q=" + word).path("hits").get(0);
		assertThat(hit.path("type").asString()).isEqualTo("ANSWER");
		assertThat(hit.path("country").asString()).isEqualTo("SR");
		assertThat(hit.path("url").asString())
			.isEqualTo("/reviews/" + cast.id() + "/questionnaire/questions/" + question.getQuestionKey());
		assertThat(hit.path("snippet").asString()).contains("<mark>");
		assertThat(find(cast.user("aExpert"), "q=" + word).path("facets").toString()).contains("\"SR\"", "ANSWER");
		assertHidden(cast.user("otherExpert"), word, "SR");
		assertHidden(null, word, "SR");

		// A full re-index includes the answers, still only for the review's people.
		this.search.reindex((done, total) -> {
		});
		assertThat(total(cast.user("aExpert"), "q=" + word)).isEqualTo(1);
		assertHidden(cast.user("otherExpert"), word, "SR");

		// Reopening takes the answers out of the search.
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.cycle.review(cast.id()).getAnswersSubmittedAt() != null);
		cast.as("secretariat");
		this.questionnaires.reopen(cast.id(), "Missing article", cast.user("secretariat"));
		SecurityContextHolder.clearContext();
		awaitTotal(cast.user("secretariat"), "q=" + word, 0);
		this.search.reindex((done, total) -> {
		});
		assertThat(total(cast.user("secretariat"), "q=" + word)).isZero();
	}

	@Test
	void observationsAreFoundByTheReviewsPeopleAndThePublishedSummaryByAnyoneUntilWithdrawn() throws Exception {
		DeskReviewCast cast = new DeskReviewCast(this.accounts, this.cycle, this.people, "BT", "EE", "LV", "KM")
			.inPhase(ReviewPhase.LIST_OF_OBSERVATIONS);
		String word = uniqueWord("obs");
		String french = uniqueWord("fra");
		cast.as("surExpert");
		ObservationItem item = this.observations.add(cast.id(),
				new ObservationForm(anArticle().getId(), ObservationType.GOOD_PRACTICE, "Shelters for " + word, null),
				cast.user("surExpert"));
		SecurityContextHolder.clearContext();
		for (String who : List.of("secretariat", "aExpert", "surObserver")) {
			awaitTotal(cast.user(who), "q=" + word, 1);
		}
		assertThat(find(cast.user("aExpert"), "q=" + word).path("hits").get(0).path("type").asString())
			.isEqualTo("OBSERVATION");
		assertHidden(cast.user("otherExpert"), word, "BT");
		assertHidden(null, word, "BT");

		for (String fp : List.of("surFocalPoint", "aFocalPoint", "bFocalPoint")) {
			cast.as(fp);
			this.observations.clear(cast.id(), item.getId(), 1, cast.user(fp));
		}
		cast.inPhase(ReviewPhase.SUMMARY);
		cast.as("aExpert");
		this.summaries.startFromList(cast.id(), "en", cast.user("aExpert"));
		cast.as("secretariat");
		this.summaries.translate(cast.id(), "fr", new TranslationForm("Les foyers " + french, null),
				cast.user("secretariat"));
		for (String fp : List.of("surFocalPoint", "aFocalPoint", "bFocalPoint")) {
			cast.as(fp);
			this.summaries.clear(cast.id(), 1, cast.user(fp));
		}
		SecurityContextHolder.clearContext();
		// Agreed but not published: nobody outside finds it.
		assertHidden(null, french, "BT");
		assertThat(total(null, "q=" + word)).isZero();

		cast.as("surFocalPoint");
		ReviewPublication published = this.publications.decide(cast.id(), ReviewDocument.SUMMARY, true, null,
				cast.user("surFocalPoint"));
		SecurityContextHolder.clearContext();
		awaitTotal(null, "q=" + word, 1);
		JsonNode hit = find(null, "q=" + word).path("hits").get(0);
		assertThat(hit.path("type").asString()).isEqualTo("PUBLISHED_SUMMARY");
		assertThat(hit.path("url").asString()).isEqualTo("/parties/BT/reviews/" + cast.id() + "/summary?lang=en");
		assertThat(this.mvc.perform(get(hit.path("url").asString())).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		JsonNode inFrench = find(null, "q=" + french + "&lang=fr");
		assertThat(inFrench.path("total").asLong()).isEqualTo(1);
		assertThat(inFrench.path("hits").get(0).path("language").asString()).isEqualTo("fr");
		// The review's people find the observation and the published summary.
		assertThat(total(cast.user("aExpert"), "q=" + word)).isEqualTo(2);

		this.search.reindex((done, total) -> {
		});
		assertThat(total(null, "q=" + word)).isEqualTo(1);
		assertThat(total(cast.user("aExpert"), "q=" + word)).isEqualTo(2);
		assertThat(total(cast.user("otherExpert"), "q=" + word)).isEqualTo(1);

		// Withdrawn: anonymous readers no longer find it; the review's people still find
		// the observation.
		cast.as("surFocalPoint");
		this.publications.decide(cast.id(), ReviewDocument.SUMMARY, false, published.getVersion(),
				cast.user("surFocalPoint"));
		SecurityContextHolder.clearContext();
		awaitTotal(null, "q=" + word, 0);
		assertHidden(null, french, "BT");
		assertThat(total(cast.user("aExpert"), "q=" + word)).isEqualTo(1);
	}

}
