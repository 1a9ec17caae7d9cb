package org.palermo.deskreview;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewDocument;
import org.palermo.cycle.ReviewDocumentPublicationDecided;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewPhase;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.InstrumentService;
import org.palermo.instruments.ThematicCluster;
import org.palermo.system.ConcurrentEditException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The summary (from the list, cleared by each State, translated, stale translations
 * flagged) and publication: the State under review decides per document, and only what it
 * published, as agreed, reaches the public pages and API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SummaryAndPublicationIntegrationTests {

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
	private ObservationService observations;

	@Autowired
	private SummaryService summaries;

	@Autowired
	private PublicationService publications;

	@Autowired
	private FeedbackService feedback;

	@Autowired
	private ApplicationEvents events;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private Article anArticle() {
		return this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
	}

	/** A review whose list has one item every State cleared, and one more item. */
	private DeskReviewCast agreedList(String sur, String other, String agreedText, String openText) {
		DeskReviewCast cast = new DeskReviewCast(this.accounts, this.cycle, this.people, sur, "EE", "LV", other)
			.inPhase(ReviewPhase.DESK_REVIEW);
		cast.as("aExpert");
		this.feedback.draft(cast.id(), anArticle().getId(),
				new FeedbackForm("DRAFTFEEDBACK never public", "", "", null), cast.user("aExpert"));
		cast.inPhase(ReviewPhase.LIST_OF_OBSERVATIONS);
		cast.as("surExpert");
		ObservationItem item = this.observations.add(cast.id(),
				new ObservationForm(anArticle().getId(), ObservationType.GOOD_PRACTICE, agreedText, null),
				cast.user("surExpert"));
		this.observations.comment(cast.id(), item.getId(), "INTERNALCOMMENT never public", cast.user("surExpert"));
		for (String fp : List.of("surFocalPoint", "aFocalPoint", "bFocalPoint")) {
			cast.as(fp);
			this.observations.clear(cast.id(), item.getId(), 1, cast.user(fp));
		}
		if (openText != null) {
			cast.as("aExpert");
			this.observations.add(cast.id(),
					new ObservationForm(anArticle().getId(), ObservationType.SUGGESTION, openText, null),
					cast.user("aExpert"));
		}
		return cast;
	}

	private String read(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		return response.getStatus() + " " + response.getContentAsString();
	}

	@Test
	void theSummaryStartsFromTheListIsClearedByEveryStateAndATranslationGoesStaleWhenTheSourceChanges() {
		DeskReviewCast cast = agreedList("LY", "NA", "Victims receive shelter", null);
		cast.inPhase(ReviewPhase.SUMMARY);
		cast.as("aExpert");
		SummaryDocument summary = this.summaries.startFromList(cast.id(), "en", cast.user("aExpert"));
		assertThat(summary.getBody()).contains("Convention", "Article " + anArticle().getNumber(),
				"Good practice: Victims receive shelter");
		assertThatThrownBy(() -> this.summaries.startFromList(cast.id(), "en", cast.user("aExpert")))
			.isInstanceOf(DeskReviewRefusedException.class);
		cast.as("secretariat");
		this.summaries.translate(cast.id(), "fr", new TranslationForm("Les victimes sont hébergées", null),
				cast.user("secretariat"));
		this.summaries.translate(cast.id(), "ar", new TranslationForm("يحصل الضحايا على المأوى", null),
				cast.user("secretariat"));
		assertThatThrownBy(() -> this.summaries.translate(cast.id(), "en", new TranslationForm("x", null),
				cast.user("secretariat")))
			.isInstanceOf(DeskReviewRefusedException.class);
		SummaryService.SummaryView view = this.summaries.view(cast.id(), cast.user("surObserver"));
		assertThat(view.translations()).allMatch((t) -> !t.isStaleAgainst(view.summary()));
		assertThat(view.missingLanguages()).containsExactly("zh", "ru", "es");

		for (String fp : List.of("surFocalPoint", "aFocalPoint")) {
			cast.as(fp);
			this.summaries.clear(cast.id(), 1, cast.user(fp));
		}
		assertThatThrownBy(() -> {
			cast.as("bExpert");
			this.summaries.clear(cast.id(), 1, cast.user("bExpert"));
		}).isInstanceOf(AccessDeniedException.class);
		assertThat(this.summaries.agreed(cast.id())).isFalse();
		cast.as("bFocalPoint");
		this.summaries.clear(cast.id(), 1, cast.user("bFocalPoint"));
		assertThat(this.summaries.agreed(cast.id())).isTrue();

		// A change after translation: clearances withdrawn, translations stale.
		cast.as("surExpert");
		SummaryDocument current = this.summaries.view(cast.id(), cast.user("surExpert")).summary();
		this.summaries.save(cast.id(),
				new SummaryForm(current.getBody() + "\nThe shelter network grew.", null, current.getVersion()),
				cast.user("surExpert"));
		SummaryService.SummaryView after = this.summaries.view(cast.id(), cast.user("surObserver"));
		assertThat(after.summary().getRevision()).isEqualTo(2);
		assertThat(after.clearedBy()).isEmpty();
		assertThat(after.withdrawn()).hasSize(3);
		assertThat(after.translations()).allMatch((t) -> t.isStaleAgainst(after.summary()));
		assertThat(this.summaries.agreed(cast.id())).isFalse();
		assertThatThrownBy(() -> this.summaries.save(cast.id(), new SummaryForm("stale", null, current.getVersion()),
				cast.user("surExpert")))
			.isInstanceOf(ConcurrentEditException.class);
		cast.as("surFocalPoint");
		assertThatThrownBy(() -> this.summaries.clear(cast.id(), 1, cast.user("surFocalPoint")))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void onlyWhatTheStateUnderReviewPublishedAsAgreedReachesTheCountryPageThePublicPagesAndTheApi() throws Exception {
		DeskReviewCast cast = agreedList("ZW", "BW", "Witness AGREEDITEM protection units", "OPENITEM not cleared");
		String country = "/parties/ZW";
		String list = "/parties/ZW/reviews/" + cast.id() + "/observations";
		String api = "/api/parties/ZW/reviews/" + cast.id() + "/documents";
		assertThat(read(list)).startsWith("404");
		assertThat(read(api)).startsWith("404");
		assertThat(read(country)).startsWith("200").doesNotContain(list);

		// Not while an item is not cleared by every State, and only by its focal point.
		cast.as("surFocalPoint");
		assertThatThrownBy(() -> this.publications.decide(cast.id(), ReviewDocument.LIST_OF_OBSERVATIONS, true, null,
				cast.user("surFocalPoint")))
			.isInstanceOf(DeskReviewRefusedException.class)
			.hasMessage("publication.error.listNotAgreed");
		ObservationService.ItemView open = this.observations.view(cast.id(), cast.user("surFocalPoint"))
			.articles()
			.stream()
			.flatMap((g) -> g.items().stream())
			.filter((v) -> !v.agreed())
			.findFirst()
			.orElseThrow();
		cast.as("aExpert");
		this.observations.remove(cast.id(), open.item().getId(), open.item().getVersion(), cast.user("aExpert"));
		for (String refused : List.of("surExpert", "aFocalPoint", "secretariat", "otherFocalPoint")) {
			cast.as(refused);
			assertThatThrownBy(() -> this.publications.decide(cast.id(), ReviewDocument.LIST_OF_OBSERVATIONS, true,
					null, cast.user(refused)))
				.as(refused)
				.isInstanceOf(AccessDeniedException.class);
		}
		cast.as("surFocalPoint");
		this.events.clear();
		ReviewPublication published = this.publications.decide(cast.id(), ReviewDocument.LIST_OF_OBSERVATIONS, true,
				null, cast.user("surFocalPoint"));
		assertThat(this.events.stream(ReviewDocumentPublicationDecided.class)).singleElement()
			.satisfies((e) -> assertThat(e.published()).isTrue())
			.satisfies((e) -> assertThat(e.document()).isEqualTo(ReviewDocument.LIST_OF_OBSERVATIONS));
		SecurityContextHolder.clearContext();

		assertThat(read(country)).startsWith("200").contains(list);
		assertThat(read(list)).startsWith("200").contains("Witness AGREEDITEM protection units", "Good practice");
		assertThat(read(api)).startsWith("200").contains("Witness AGREEDITEM protection units", "\"summary\":null");
		for (String path : List.of(country, list, api, "/api/parties/ZW", "/reviews/" + cast.id(),
				"/api/reviews/" + cast.id(), "/parties/ZW/reviews/" + cast.id() + "/summary")) {
			assertThat(read(path)).as(path)
				.doesNotContain("OPENITEM")
				.doesNotContain("DRAFTFEEDBACK")
				.doesNotContain("INTERNALCOMMENT");
		}
		// The summary was never published.
		assertThat(read("/parties/ZW/reviews/" + cast.id() + "/summary")).startsWith("404");
		// Another State's path does not show this review's documents.
		assertThat(read("/parties/BW/reviews/" + cast.id() + "/observations")).startsWith("404");

		// What is published is the snapshot taken then; withdrawing removes it.
		cast.as("surFocalPoint");
		this.publications.decide(cast.id(), ReviewDocument.LIST_OF_OBSERVATIONS, false, published.getVersion(),
				cast.user("surFocalPoint"));
		assertThatThrownBy(() -> this.publications.decide(cast.id(), ReviewDocument.LIST_OF_OBSERVATIONS, true,
				published.getVersion(), cast.user("surFocalPoint")))
			.isInstanceOf(ConcurrentEditException.class);
		SecurityContextHolder.clearContext();
		assertThat(read(list)).startsWith("404");
		assertThat(read(api)).startsWith("404");
		assertThat(read(country)).doesNotContain(list).doesNotContain("AGREEDITEM");
	}

}
