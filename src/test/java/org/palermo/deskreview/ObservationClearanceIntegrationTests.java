package org.palermo.deskreview;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.audit.AuditEvent;
import org.palermo.audit.AuditService;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewPhase;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.InstrumentService;
import org.palermo.instruments.ThematicCluster;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;
import org.palermo.system.ConcurrentEditException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The list of observations and its clearance rules: who drafts, who clears for which
 * State, what a change does to clearances given, and what a stale page gets.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ObservationClearanceIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CycleService cycle;

	@Autowired
	private ReviewPeopleService people;

	@Autowired
	private ReviewPolicy policy;

	@Autowired
	private InstrumentService instruments;

	@Autowired
	private ObservationService observations;

	@Autowired
	private AuditService audit;

	@Autowired
	private ApplicationEvents events;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private DeskReviewCast cast(String sur, String other) {
		return new DeskReviewCast(this.accounts, this.cycle, this.people, sur, "EE", "LV", other)
			.inPhase(ReviewPhase.LIST_OF_OBSERVATIONS);
	}

	private Article anArticle() {
		return this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
	}

	private ObservationItem add(DeskReviewCast cast, String who, String text) {
		cast.as(who);
		return this.observations.add(cast.id(),
				new ObservationForm(anArticle().getId(), ObservationType.GAP_OR_CHALLENGE, text, null), cast.user(who));
	}

	private ObservationClearance clear(DeskReviewCast cast, String who, ObservationItem item, int revision) {
		cast.as(who);
		return this.observations.clear(cast.id(), item.getId(), revision, cast.user(who));
	}

	private ObservationService.ItemView viewOf(DeskReviewCast cast, String who, long itemId) {
		return this.observations.view(cast.id(), cast.user(who))
			.articles()
			.stream()
			.flatMap((g) -> g.items().stream())
			.filter((v) -> v.item().getId() == itemId)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void inTheListPhaseBothSidesDraftAndOnlyEachStatesFocalPointClears() {
		DeskReviewCast cast = cast("KG", "SI");
		Map<String, Set<ReviewAction>> allowed = new LinkedHashMap<>();
		Set<ReviewAction> reading = EnumSet.of(ReviewAction.READ_FEEDBACK, ReviewAction.READ_OBSERVATIONS);
		allowed.put("secretariat", reading);
		allowed.put("surFocalPoint", EnumSet.of(ReviewAction.DRAFT_OBSERVATIONS, ReviewAction.CLEAR_OBSERVATIONS));
		allowed.put("surExpert", EnumSet.of(ReviewAction.DRAFT_OBSERVATIONS));
		allowed.put("surObserver", EnumSet.noneOf(ReviewAction.class));
		allowed.put("aFocalPoint", EnumSet.of(ReviewAction.DRAFT_OBSERVATIONS, ReviewAction.CLEAR_OBSERVATIONS));
		allowed.put("aExpert", EnumSet.of(ReviewAction.DRAFT_OBSERVATIONS));
		allowed.put("otherExpert", EnumSet.noneOf(ReviewAction.class));
		allowed.forEach((who, actions) -> {
			for (ReviewAction action : List.of(ReviewAction.DRAFT_OBSERVATIONS, ReviewAction.CLEAR_OBSERVATIONS,
					ReviewAction.READ_OBSERVATIONS)) {
				boolean expected = actions.contains(action)
						|| (action == ReviewAction.READ_OBSERVATIONS && !who.equals("otherExpert"));
				assertThat(this.policy.may(cast.user(who), action, cast.id())).as(who + " " + action)
					.isEqualTo(expected);
			}
		});
		// Clearing is for one's own State only.
		assertThat(this.policy.mayFor(cast.user("aFocalPoint"), ReviewAction.CLEAR_OBSERVATIONS, cast.id(), "EE"))
			.isTrue();
		assertThat(this.policy.mayFor(cast.user("aFocalPoint"), ReviewAction.CLEAR_OBSERVATIONS, cast.id(), "LV"))
			.isFalse();
		assertThat(this.policy.mayFor(cast.user("aFocalPoint"), ReviewAction.CLEAR_OBSERVATIONS, cast.id(), "KG"))
			.isFalse();
		assertThat(this.policy.mayFor(cast.user("secretariat"), ReviewAction.CLEAR_OBSERVATIONS, cast.id(), "KG"))
			.isFalse();

		ObservationItem item = add(cast, "surExpert", "Witness protection lacks funding");
		for (String refused : List.of("surExpert", "aExpert", "surObserver", "secretariat", "otherExpert")) {
			assertThatThrownBy(() -> clear(cast, refused, item, 1)).as(refused)
				.isInstanceOf(AccessDeniedException.class);
		}
		cast.as("surObserver");
		assertThatThrownBy(() -> this.observations.add(cast.id(),
				new ObservationForm(anArticle().getId(), ObservationType.SUGGESTION, "x", null),
				cast.user("surObserver")))
			.isInstanceOf(AccessDeniedException.class);

		// Out of the list phase nobody drafts or clears.
		cast.inPhase(ReviewPhase.SUMMARY);
		assertThatThrownBy(() -> clear(cast, "surFocalPoint", item, 1)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> add(cast, "aExpert", "late")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anItemIsAgreedOnlyOnceEveryStateClearedItsCurrentRevisionRecordingWhoAndWhen() {
		DeskReviewCast cast = cast("AM", "HR");
		ObservationItem item = add(cast, "aExpert", "Victims are not informed of proceedings");
		ObservationClearance sur = clear(cast, "surFocalPoint", item, 1);
		assertThat(sur.getClearedBy()).isEqualTo(cast.user("surFocalPoint"));
		assertThat(sur.getPartyCode()).isEqualTo("AM");
		assertThat(sur.getClearedAt()).isNotNull();
		assertThat(sur.getRevision()).isEqualTo(1);
		assertThat(viewOf(cast, "surExpert", item.getId()).agreed()).isFalse();
		clear(cast, "aFocalPoint", item, 1);
		assertThat(viewOf(cast, "surExpert", item.getId()).agreed()).isFalse();
		assertThatThrownBy(() -> clear(cast, "aFocalPoint", item, 1)).isInstanceOf(DeskReviewRefusedException.class)
			.hasMessage("observations.error.alreadyCleared");
		clear(cast, "bFocalPoint", item, 1);
		ObservationService.ItemView agreed = viewOf(cast, "secretariat", item.getId());
		assertThat(agreed.agreed()).isTrue();
		assertThat(agreed.clearedBy()).containsOnlyKeys("AM", "EE", "LV");
		assertThat(agreed.clearedBy().get("LV").getClearedBy()).isEqualTo(cast.user("bFocalPoint"));
		assertThat(this.audit.historyOf("ObservationItem", String.valueOf(item.getId())))
			.extracting(AuditEvent::getAction)
			.containsExactly("observation.add", "observation.clear", "observation.clear", "observation.clear");
	}

	@Test
	void changingAClearedItemMakesARevisionWithItsDiffAndWithdrawsEveryClearanceKeepingItsHistory() {
		DeskReviewCast cast = cast("TM", "EG");
		ObservationItem item = add(cast, "surExpert", "The law protects witnesses in court");
		clear(cast, "surFocalPoint", item, 1);
		clear(cast, "aFocalPoint", item, 1);
		this.events.clear();
		cast.as("bExpert");
		ObservationItem changed = this.observations.change(cast.id(), item.getId(), new ObservationForm(null,
				ObservationType.GOOD_PRACTICE, "The law protects witnesses before and in court", item.getVersion()),
				cast.user("bExpert"));
		assertThat(changed.getRevision()).isEqualTo(2);
		ObservationService.ItemView view = viewOf(cast, "surObserver", item.getId());
		assertThat(view.clearedBy()).isEmpty();
		assertThat(view.agreed()).isFalse();
		assertThat(view.withdrawn()).extracting(ObservationClearance::getPartyCode).containsExactly("TM", "EE");
		assertThat(view.withdrawn()).extracting(ObservationClearance::getWithdrawnBy)
			.containsOnly(cast.user("bExpert"));
		assertThat(view.history()).extracting(ObservationRevision::getRevision).containsExactly(2, 1);
		assertThat(view.history().get(0).getDiff()).isEqualTo("The law protects witnesses {+before and+} in court");
		assertThat(view.history().get(0).getType()).isEqualTo(ObservationType.GOOD_PRACTICE);
		assertThat(view.history().get(1).getBody()).isEqualTo("The law protects witnesses in court");
		List<NotificationRequested> told = this.events.stream(NotificationRequested.class).toList();
		assertThat(told).singleElement()
			.satisfies((n) -> assertThat(n.kind()).isEqualTo(NotificationKind.CLEARANCE))
			.satisfies((n) -> assertThat(n.recipients())
				.containsExactlyInAnyOrder(cast.who.get("surFocalPoint").getId(), cast.who.get("aFocalPoint").getId()));

		// A focal point who read revision 1 cannot clear revision 2 unseen.
		assertThatThrownBy(() -> clear(cast, "aFocalPoint", item, 1)).isInstanceOf(ConcurrentEditException.class);
		clear(cast, "aFocalPoint", item, 2);
		assertThat(viewOf(cast, "surObserver", item.getId()).clearedBy()).containsOnlyKeys("EE");

		// A change from a stale page is refused and keeps the newer text.
		cast.as("surExpert");
		assertThatThrownBy(() -> this.observations.change(cast.id(), item.getId(),
				new ObservationForm(null, ObservationType.SUGGESTION, "stale", item.getVersion()),
				cast.user("surExpert")))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(viewOf(cast, "surObserver", item.getId()).item().getBody())
			.isEqualTo("The law protects witnesses before and in court");

		// A comment is anchored to the revision its writer read.
		cast.as("surExpert");
		ObservationComment comment = this.observations.comment(cast.id(), item.getId(), "Which court levels?",
				cast.user("surExpert"));
		assertThat(comment.getRevision()).isEqualTo(2);

		// Taken off the list: no longer cleared, nor shown; its history stays audited.
		ObservationItem current = viewOf(cast, "surObserver", item.getId()).item();
		cast.as("aExpert");
		this.observations.remove(cast.id(), item.getId(), current.getVersion(), cast.user("aExpert"));
		assertThatThrownBy(() -> clear(cast, "surFocalPoint", item, 3)).isInstanceOf(DeskReviewRefusedException.class)
			.hasMessage("observations.error.removed");
		assertThat(this.observations.view(cast.id(), cast.user("surObserver")).itemCount()).isZero();
		assertThat(this.audit.historyOf("ObservationItem", String.valueOf(item.getId())))
			.extracting(AuditEvent::getAction)
			.contains("observation.change", "observation.clearanceWithdrawn", "observation.remove");
	}

	@Test
	void aCommentOnAnItemTellsTheOtherStatesPeopleNamingTheItemNeverItsText() throws Exception {
		DeskReviewCast cast = cast("IR", "AF");
		ObservationItem item = add(cast, "surExpert", "Prosecutors need training on cybercrime");
		this.events.clear();
		cast.as("aExpert");
		this.observations.comment(cast.id(), item.getId(), "Secret remark ZULU about the courts", cast.user("aExpert"));
		List<NotificationRequested> told = this.events.stream(NotificationRequested.class).toList();
		assertThat(told).hasSize(1);
		NotificationRequested notice = told.get(0);
		assertThat(notice.kind()).isEqualTo(NotificationKind.COMMENT);
		// The State under review's people and the other reviewing State's; not the
		// writer's own State, nor anyone outside the review.
		assertThat(notice.recipients()).containsExactlyInAnyOrder(cast.who.get("surFocalPoint").getId(),
				cast.who.get("surExpert").getId(), cast.who.get("surObserver").getId(),
				cast.who.get("bFocalPoint").getId(), cast.who.get("bExpert").getId());
		assertThat(notice.link()).isEqualTo("/reviews/" + cast.id() + "/observations#item-" + item.getId());
		assertThat(String.join(" ", notice.arguments())).doesNotContain("ZULU", "Prosecutors");
		SecurityContextHolder.clearContext();
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/login").param("username", cast.user("surObserver"))
			.param("password", DeskReviewCast.PASSWORD)
			.with(csrf())
			.session(session));
		String expected = "A new comment on an item (Gap or challenge) under article " + anArticle().getNumber()
				+ " (Convention) of the list of observations of Iran";
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.mvc.perform(get("/notifications").session(session))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains(expected).doesNotContain("ZULU"));
	}

	@Test
	void thePageShowsWhoClearedAndTheWithdrawnClearanceAndAStaleClearanceAnswers409() throws Exception {
		DeskReviewCast cast = cast("BY", "MK");
		ObservationItem item = add(cast, "surExpert", "Assistance needed for witness relocation");
		SecurityContextHolder.clearContext();
		MockHttpSession fp = signIn(cast.user("aFocalPoint"));
		assertThat(this.mvc
			.perform(post("/reviews/" + cast.id() + "/observations/" + item.getId() + "/clearance")
				.param("revision", "1")
				.with(csrf())
				.session(fp))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		String page = this.mvc.perform(get("/reviews/" + cast.id() + "/observations").session(fp))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Item cleared.", "Cleared by " + cast.user("aFocalPoint"), "Not cleared");
		MockHttpSession expert = signIn(cast.user("surExpert"));
		assertThat(this.mvc
			.perform(post("/reviews/" + cast.id() + "/observations/" + item.getId()).param("type", "SUGGESTION")
				.param("body", "Assistance needed for witness relocation abroad")
				.param("version", String.valueOf(item.getVersion()))
				.with(csrf())
				.session(expert))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		page = this.mvc.perform(get("/reviews/" + cast.id() + "/observations").session(fp))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Cleared by ")
			.contains("withdrawn by the change of " + cast.user("surExpert"))
			.contains("{+abroad+}");
		MockHttpServletResponse stale = this.mvc
			.perform(post("/api/reviews/" + cast.id() + "/observations/" + item.getId() + "/clearance")
				.contentType("application/json")
				.content("{\"revision\": 1}")
				.with(csrf())
				.session(fp))
			.andReturn()
			.getResponse();
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("item of the list of observations");
		String json = this.mvc.perform(get("/api/reviews/" + cast.id() + "/observations").session(fp))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"revision\":2", "\"agreed\":false", "abroad");
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

}
