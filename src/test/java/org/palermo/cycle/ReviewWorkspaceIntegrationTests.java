package org.palermo.cycle;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.notifications.MailMessage;
import org.palermo.notifications.MailService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The review workspace as its people use it, each signed in through the real form: the
 * policy as a table, naming people, "My work", phases, re-planning and the review page.
 * Each test opens its own review on cluster IV for a State no other test reviews.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewWorkspaceIntegrationTests {

	private static final String PASSWORD = "a long enough passphrase";

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
	private DeadlineService deadlineService;

	@Autowired
	private MailService mail;

	@Autowired
	private JdbcTemplate jdbc;

	/** Who takes part in one test's review, by what they are. */
	private final class Cast {

		final CountryReview review;

		final Map<String, Account> who = new LinkedHashMap<>();

		Cast(String sur, String reviewer) {
			this.review = cycle.openReview(sur, ThematicCluster.IV, 3, LocalDate.now().minusDays(10),
					List.of(new Reviewer(reviewer, ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))), null);
			String tag = sur.toLowerCase() + System.nanoTime() % 100000;
			this.who.put("secretariat", account(tag + "-sec", Role.SECRETARIAT, null, null));
			this.who.put("surFocalPoint", account(tag + "-fp", Role.FOCAL_POINT, sur, null));
			this.who.put("surExpert", account(tag + "-ex", Role.EXPERT, sur, null));
			this.who.put("surObserver", account(tag + "-ob", Role.OBSERVER, sur, null));
			this.who.put("reviewerFocalPoint", account(tag + "-rfp", Role.FOCAL_POINT, reviewer, null));
			this.who.put("reviewerExpert", account(tag + "-rex", Role.EXPERT, reviewer, null));
			this.who.put("outsiderFocalPoint", account(tag + "-ofp", Role.FOCAL_POINT, "JM", null));
			this.who.put("civilSociety", account(tag + "-cs", Role.CIVIL_SOCIETY, null, 1L));
			this.who.put("bureau", account(tag + "-bu", Role.BUREAU, null, null));
			as(this.who.get("secretariat"));
			name(sur, ReviewRole.FOCAL_POINT, "surFocalPoint");
			name(reviewer, ReviewRole.FOCAL_POINT, "reviewerFocalPoint");
			as(this.who.get("surFocalPoint"));
			name(null, ReviewRole.EXPERT, "surExpert");
			name(null, ReviewRole.OBSERVER, "surObserver");
			as(this.who.get("reviewerFocalPoint"));
			name(null, ReviewRole.EXPERT, "reviewerExpert");
			SecurityContextHolder.clearContext();
		}

		private void name(String party, ReviewRole role, String person) {
			people.name(this.review.getId(),
					new NamingForm(party, role, this.who.get(person).getUsername(), null, null, null,
							(role == ReviewRole.FOCAL_POINT) ? "NV/1" : null,
							(role == ReviewRole.FOCAL_POINT) ? LocalDate.now().minusDays(3) : null));
		}

		String user(String what) {
			return this.who.get(what).getUsername();
		}

		long id() {
			return this.review.getId();
		}

	}

	private Account account(String username, Role role, String party, Long organisation) {
		return this.accounts.createDemoAccount(new InvitationForm(username, "Person " + username,
				username + "@example.org", role, party, organisation), PASSWORD);
	}

	private static void as(Account account) {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null, List.of()));
	}

	/** Signs in through the form, as a browser does; the session is the person's. */
	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = this.mvc.perform(
				post("/login").param("username", username).param("password", PASSWORD).with(csrf()).session(session))
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

	/**
	 * The policy, as a table: for each person in the review (and outside it), the actions
	 * allowed in the review's first phase. Every other action is refused.
	 */
	@Test
	void thePolicyAllowsEachPersonExactlyTheActionsOfTheirPlaceInTheReview() {
		Cast cast = new Cast("NO", "CL");
		Map<String, Set<ReviewAction>> allowed = new LinkedHashMap<>();
		// Reading the desk review's work (feedback sent, the list) goes with a place in
		// the review, as seeing its people does.
		allowed.put("secretariat",
				EnumSet.of(ReviewAction.VIEW_PEOPLE, ReviewAction.NAME_FOCAL_POINT, ReviewAction.NAME_EXPERT,
						ReviewAction.NAME_OBSERVER, ReviewAction.REPLAN, ReviewAction.CHANGE_PHASE,
						ReviewAction.READ_FEEDBACK, ReviewAction.READ_OBSERVATIONS, ReviewAction.READ_SHARED_INPUT,
						ReviewAction.MANAGE_INPUT, ReviewAction.READ_ANSWERS, ReviewAction.READ_COMMENTS));
		allowed.put("surFocalPoint",
				EnumSet.of(ReviewAction.VIEW_PEOPLE, ReviewAction.NAME_EXPERT, ReviewAction.NAME_OBSERVER,
						ReviewAction.READ_FEEDBACK, ReviewAction.READ_OBSERVATIONS, ReviewAction.READ_SHARED_INPUT,
						ReviewAction.READ_ANSWERS, ReviewAction.READ_COMMENTS));
		allowed.put("surExpert",
				EnumSet.of(ReviewAction.VIEW_PEOPLE, ReviewAction.READ_FEEDBACK, ReviewAction.READ_OBSERVATIONS,
						ReviewAction.READ_SHARED_INPUT, ReviewAction.READ_ANSWERS, ReviewAction.READ_COMMENTS));
		allowed.put("surObserver",
				EnumSet.of(ReviewAction.VIEW_PEOPLE, ReviewAction.READ_FEEDBACK, ReviewAction.READ_OBSERVATIONS,
						ReviewAction.READ_SHARED_INPUT, ReviewAction.READ_ANSWERS, ReviewAction.READ_COMMENTS));
		allowed.put("reviewerFocalPoint", EnumSet.of(ReviewAction.VIEW_PEOPLE, ReviewAction.NAME_EXPERT,
				ReviewAction.READ_FEEDBACK, ReviewAction.READ_OBSERVATIONS, ReviewAction.READ_SHARED_INPUT));
		allowed.put("reviewerExpert", EnumSet.of(ReviewAction.VIEW_PEOPLE, ReviewAction.READ_FEEDBACK,
				ReviewAction.READ_OBSERVATIONS, ReviewAction.READ_SHARED_INPUT));
		allowed.put("outsiderFocalPoint", EnumSet.noneOf(ReviewAction.class));
		allowed.put("civilSociety", EnumSet.of(ReviewAction.SUBMIT_INPUT));
		allowed.put("bureau", EnumSet.noneOf(ReviewAction.class));
		allowed.forEach((who, actions) -> {
			for (ReviewAction action : ReviewAction.values()) {
				assertThat(this.policy.may(cast.user(who), action, cast.id())).as(who + " " + action)
					.isEqualTo(actions.contains(action));
			}
		});
		for (ReviewAction action : ReviewAction.values()) {
			assertThat(this.policy.may(null, action, cast.id())).as("anonymous " + action).isFalse();
		}
	}

	@Test
	void inTheSelfAssessmentTheStateUnderReviewAnswersAndInTheDeskReviewItsReviewersGiveFeedback() {
		Cast cast = new Cast("UY", "PH");
		as(cast.who.get("secretariat"));
		this.cycle.advance(cast.id(), this.cycle.review(cast.id()).getVersion());
		SecurityContextHolder.clearContext();
		assertThat(this.policy.may(cast.user("surExpert"), ReviewAction.ANSWER_QUESTIONNAIRE, cast.id())).isTrue();
		assertThat(this.policy.may(cast.user("surFocalPoint"), ReviewAction.CLEAR_QUESTIONNAIRE, cast.id())).isTrue();
		assertThat(this.policy.may(cast.user("surExpert"), ReviewAction.CLEAR_QUESTIONNAIRE, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("surObserver"), ReviewAction.ANSWER_QUESTIONNAIRE, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("reviewerExpert"), ReviewAction.ANSWER_QUESTIONNAIRE, cast.id()))
			.isFalse();
		assertThat(this.policy.may(cast.user("reviewerExpert"), ReviewAction.GIVE_FEEDBACK, cast.id())).isFalse();
		// The questionnaire: the focal point assigns, the drafters comment, the team
		// reads
		// the answers; the reviewing States do not before submission, and nobody reopens
		// a
		// questionnaire not submitted.
		assertThat(this.policy.may(cast.user("surFocalPoint"), ReviewAction.ASSIGN_SECTIONS, cast.id())).isTrue();
		assertThat(this.policy.may(cast.user("surExpert"), ReviewAction.ASSIGN_SECTIONS, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("surExpert"), ReviewAction.COMMENT_ANSWERS, cast.id())).isTrue();
		assertThat(this.policy.may(cast.user("secretariat"), ReviewAction.COMMENT_ANSWERS, cast.id())).isTrue();
		assertThat(this.policy.may(cast.user("surObserver"), ReviewAction.COMMENT_ANSWERS, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("surObserver"), ReviewAction.READ_ANSWERS, cast.id())).isTrue();
		assertThat(this.policy.may(cast.user("reviewerExpert"), ReviewAction.READ_ANSWERS, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("reviewerFocalPoint"), ReviewAction.READ_COMMENTS, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("secretariat"), ReviewAction.REOPEN_QUESTIONNAIRE, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("surFocalPoint"), ReviewAction.CONSULT_CIVIL_SOCIETY, cast.id())).isTrue();
		assertThat(this.policy.may(cast.user("surExpert"), ReviewAction.CONSULT_CIVIL_SOCIETY, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("civilSociety"), ReviewAction.GIVE_CIVIL_SOCIETY_INPUT, cast.id()))
			.isTrue();
		assertThat(this.policy.may(cast.user("civilSociety"), ReviewAction.READ_ANSWERS, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("bureau"), ReviewAction.GIVE_CIVIL_SOCIETY_INPUT, cast.id())).isFalse();
		as(cast.who.get("secretariat"));
		this.cycle.advance(cast.id(), this.cycle.review(cast.id()).getVersion());
		SecurityContextHolder.clearContext();
		assertThat(this.policy.may(cast.user("reviewerExpert"), ReviewAction.GIVE_FEEDBACK, cast.id())).isTrue();
		assertThat(this.policy.may(cast.user("reviewerFocalPoint"), ReviewAction.CLEAR_FEEDBACK, cast.id())).isTrue();
		assertThat(this.policy.may(cast.user("surExpert"), ReviewAction.GIVE_FEEDBACK, cast.id())).isFalse();
		assertThat(this.policy.may(cast.user("surExpert"), ReviewAction.ANSWER_QUESTIONNAIRE, cast.id())).isFalse();
	}

	@Test
	void namesAreShownToTheReviewsPeopleAndTheSecretariatOnlyAndNamingFollowsThePolicy() throws Exception {
		Cast cast = new Cast("PY", "SN");
		String page = "/reviews/" + cast.id();
		String expertName = cast.who.get("surExpert").getDisplayName();
		for (String who : List.of("secretariat", "surFocalPoint", "surObserver", "reviewerExpert")) {
			String html = send(get(page), signIn(cast.user(who))).getContentAsString();
			assertThat(html).as(who).contains(expertName);
		}
		for (String who : List.of("outsiderFocalPoint", "civilSociety", "bureau")) {
			MockHttpServletResponse response = send(get(page), signIn(cast.user(who)));
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).as(who).doesNotContain(expertName).contains("Paraguay");
		}
		assertThat(send(get(page), null).getContentAsString()).doesNotContain(expertName).contains("Paraguay");
		assertThat(send(get("/api/reviews/" + cast.id()), null).getContentAsString()).doesNotContain("people")
			.contains("\"phase\":\"NAMING_PEOPLE\"");
		assertThat(send(get("/api/reviews/" + cast.id()), signIn(cast.user("reviewerExpert"))).getContentAsString())
			.contains("\"people\":[")
			.contains(expertName);

		// Only the focal points (and the secretariat) see the naming form; an expert or
		// an outsider is refused when they try.
		assertThat(send(get(page), signIn(cast.user("surFocalPoint"))).getContentAsString())
			.contains("action=\"/reviews/" + cast.id() + "/people\"");
		assertThat(send(get(page), signIn(cast.user("surExpert"))).getContentAsString())
			.doesNotContain("action=\"/reviews/" + cast.id() + "/people\"");
		Account newcomer = account("py-new" + System.nanoTime() % 100000, Role.EXPERT, "PY", null);
		for (String who : List.of("surExpert", "surObserver", "reviewerExpert", "outsiderFocalPoint", "civilSociety",
				"bureau")) {
			MockHttpServletResponse refused = send(post(page + "/people").param("role", "EXPERT")
				.param("username", newcomer.getUsername())
				.with(csrf()), signIn(cast.user(who)));
			assertThat(refused.getStatus()).as(who).isEqualTo(403);
		}
		assertThat(send(
				post(page + "/people").param("role", "EXPERT").param("username", newcomer.getUsername()).with(csrf()),
				null)
			.getStatus()).isEqualTo(302);
		// A reviewing State's focal point names for their own State only: Paraguay's
		// expert is refused to them.
		send(post(page + "/people").param("role", "EXPERT").param("username", newcomer.getUsername()).with(csrf()),
				signIn(cast.user("reviewerFocalPoint")));
		assertThat(this.people.people(cast.id())).extracting((p) -> p.member().getAccountId())
			.doesNotContain(newcomer.getId());
		send(post(page + "/people").param("role", "EXPERT").param("username", newcomer.getUsername()).with(csrf()),
				signIn(cast.user("surFocalPoint")));
		assertThat(this.people.people(cast.id())).filteredOn((p) -> p.member().isActive())
			.extracting((p) -> p.member().getAccountId())
			.contains(newcomer.getId());
	}

	@Test
	void replacingTheFocalPointKeepsTheHistoryAndTheNoteVerbale() throws Exception {
		Cast cast = new Cast("CR", "NL");
		Account successor = account("cr-next" + System.nanoTime() % 100000, Role.FOCAL_POINT, "CR", null);
		MockHttpSession secretariat = signIn(cast.user("secretariat"));
		String page = "/reviews/" + cast.id();
		MockHttpServletResponse missingNote = send(post(page + "/people").param("role", "FOCAL_POINT")
			.param("party", "CR")
			.param("username", successor.getUsername())
			.with(csrf()), secretariat);
		assertThat(missingNote.getRedirectedUrl()).isEqualTo(page + "#people");
		assertThat(send(get(page), secretariat).getContentAsString()).contains("give its reference and date");
		// A date that is not a date is said in words, never a server error.
		var badDate = this.mvc
			.perform(post(page + "/people").param("role", "FOCAL_POINT")
				.param("party", "CR")
				.param("username", successor.getUsername())
				.param("noteVerbaleReference", "NV/CR/1")
				.param("noteVerbaleDate", "the 3rd of May")
				.with(csrf())
				.session(secretariat))
			.andReturn();
		assertThat(badDate.getResponse().getRedirectedUrl()).isEqualTo(page + "#people");
		assertThat(badDate.getFlashMap().get("error")).isEqualTo("people.error.noteVerbaleDate");
		assertThat(send(get(page), secretariat).getContentAsString()).contains("before 2000");
		assertThat(this.people.people(cast.id())).extracting((p) -> p.member().getAccountId())
			.doesNotContain(successor.getId());
		send(post(page + "/people").param("role", "FOCAL_POINT")
			.param("party", "CR")
			.param("username", successor.getUsername())
			.param("noteVerbaleReference", "NV/CR/2026/9")
			.param("noteVerbaleDate", LocalDate.now().minusDays(1).toString())
			.with(csrf()), secretariat);
		List<ReviewPeopleService.Person> everyone = this.people.people(cast.id());
		ReviewMember now = everyone.stream()
			.filter((p) -> p.member().getAccountId().equals(successor.getId()))
			.findFirst()
			.orElseThrow()
			.member();
		assertThat(now.getNoteVerbaleReference()).isEqualTo("NV/CR/2026/9");
		ReviewMember before = everyone.stream()
			.filter((p) -> p.member().getAccountId().equals(cast.who.get("surFocalPoint").getId()))
			.findFirst()
			.orElseThrow()
			.member();
		assertThat(before.isActive()).isFalse();
		assertThat(this.policy.may(cast.user("surFocalPoint"), ReviewAction.NAME_EXPERT, cast.id())).isFalse();
		assertThat(this.policy.may(successor.getUsername(), ReviewAction.NAME_EXPERT, cast.id())).isTrue();
		// The database keeps one focal point per State and review even if two requests
		// race.
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into review_member (review_id, account_id, party_code, role, named_by, named_at, role_key, person_key) "
						+ "values (?, ?, 'CR', 'FOCAL_POINT', 'race', current_timestamp, ?, ?)",
				cast.id(), cast.who.get("surExpert").getId(), cast.id() + ":CR:FOCAL_POINT", "race-" + cast.id()))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(send(get(page), secretariat).getContentAsString()).contains("NV/CR/2026/9")
			.contains(cast.who.get("surFocalPoint").getDisplayName());
	}

	@Test
	void aSecondActiveReviewOfTheSameStateAndClusterIsRefusedByTheServiceAndTheDatabase() {
		Cast cast = new Cast("BO", "FI");
		assertThatThrownBy(() -> this.cycle.openReview("BO", ThematicCluster.IV, 3, LocalDate.now(), List.of(), null))
			.isInstanceOf(ReviewActionRefusedException.class)
			.hasMessage("review.error.duplicate");
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into country_review (state_under_review, cluster, review_group, phase, review_cycle, active_key, started_on) "
						+ "values ('BO', 'IV', 3, 'NAMING_PEOPLE', 1, 'BO:IV:1', current_date)"))
			.isInstanceOf(DataIntegrityViolationException.class);
		// Once cancelled, with a reason, the State can be reviewed on the cluster again.
		as(cast.who.get("secretariat"));
		assertThatThrownBy(() -> this.cycle.cancel(cast.id(), this.cycle.review(cast.id()).getVersion(), " "))
			.hasMessage("phase.error.reasonRequired");
		this.cycle.cancel(cast.id(), this.cycle.review(cast.id()).getVersion(), "Opened by mistake");
		SecurityContextHolder.clearContext();
		assertThat(this.cycle.review(cast.id()).getPhase()).isEqualTo(ReviewPhase.CANCELLED);
		assertThat(this.cycle.openReview("BO", ThematicCluster.IV, 3, LocalDate.now(), List.of(), null).getPhase())
			.isEqualTo(ReviewPhase.NAMING_PEOPLE);
	}

	@Test
	void theSecretariatMovesPhasesThroughConfirmedActionsAndOthersAreRefused() throws Exception {
		Cast cast = new Cast("EC", "IE");
		String base = "/reviews/" + cast.id() + "/phase/";
		for (String who : List.of("surFocalPoint", "reviewerExpert", "bureau", "civilSociety")) {
			MockHttpSession session = signIn(cast.user(who));
			assertThat(send(get(base + "advance"), session).getStatus()).as(who).isEqualTo(403);
			assertThat(send(post(base + "advance").param("version", "0").with(csrf()), session).getStatus()).as(who)
				.isEqualTo(403);
		}
		assertThat(send(get(base + "advance"), null).getStatus()).isEqualTo(302);
		MockHttpSession secretariat = signIn(cast.user("secretariat"));
		assertThat(send(get(base + "cancel"), secretariat).getContentAsString()).contains("ends it for good");
		String version = String.valueOf(this.cycle.review(cast.id()).getVersion());
		assertThat(
				send(post(base + "suspend").param("version", version).with(csrf()), secretariat).getContentAsString())
			.contains("Please give a reason");
		send(post(base + "suspend").param("version", version).param("reason", "Elections").with(csrf()), secretariat);
		assertThat(this.cycle.review(cast.id()).getPhase()).isEqualTo(ReviewPhase.SUSPENDED);
		// A stale form changes nothing and says so.
		MockHttpServletResponse stale = send(post(base + "resume").param("version", version).with(csrf()), secretariat);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString())
			.contains("The country review was changed by someone else in the meantime. Nothing was overwritten");
		assertThat(send(post(base + "resume").param("version", version).param("lang", "fr").with(csrf()), secretariat)
			.getContentAsString()).contains("Quelqu’un d’autre a modifié l’examen de pays entre-temps");
		send(post(base + "resume").param("version", String.valueOf(this.cycle.review(cast.id()).getVersion()))
			.with(csrf()), secretariat);
		assertThat(this.cycle.review(cast.id()).getPhase()).isEqualTo(ReviewPhase.NAMING_PEOPLE);
		assertThat(this.cycle.phaseChanges(cast.id())).extracting(PhaseChange::getToPhase)
			.containsExactly(ReviewPhase.NAMING_PEOPLE, ReviewPhase.SUSPENDED, ReviewPhase.NAMING_PEOPLE);
		assertThat(send(get("/reviews/" + cast.id()), null).getContentAsString()).contains("Elections");
	}

	@Test
	void aReplanMustKeepTheStepsInOrderAfterTheStartWithAReasonAndTellsThePeople() throws Exception {
		Cast cast = new Cast("GT", "AT");
		MockHttpSession secretariat = signIn(cast.user("secretariat"));
		CountryReview review = this.cycle.review(cast.id());
		Map<ReviewStep, LocalDate> dates = review.getDeadlines();
		Map<ReviewStep, LocalDate> later = new java.util.EnumMap<>(ReviewStep.class);
		dates.forEach((step, date) -> later.put(step, date.plusMonths(1)));
		assertThat(send(replan(review, later, null), secretariat).getContentAsString())
			.contains("Please give a reason");
		Map<ReviewStep, LocalDate> early = new java.util.EnumMap<>(later);
		early.put(ReviewStep.FOCAL_POINTS_NAMED, review.getStartedOn().minusDays(1));
		assertThat(send(replan(review, early, "x"), secretariat).getContentAsString())
			.contains("before the review began");
		Map<ReviewStep, LocalDate> disorder = new java.util.EnumMap<>(dates);
		disorder.put(ReviewStep.SUMMARY, dates.get(ReviewStep.SELF_ASSESSMENT).minusDays(1));
		assertThat(send(replan(review, disorder, "x"), secretariat).getContentAsString())
			.contains("order of the steps");
		Map<ReviewStep, LocalDate> far = new java.util.EnumMap<>(dates);
		far.put(ReviewStep.SUMMARY, review.getStartedOn().plusYears(40));
		assertThat(send(replan(review, far, "x"), secretariat).getContentAsString()).contains("out of range");
		assertThat(send(post("/admin/reviews/" + cast.id()).param("version", String.valueOf(review.getVersion()))
			.param("reason", "x")
			.param("FOCAL_POINTS_NAMED", "+999999999-12-31")
			.with(csrf()), secretariat).getContentAsString()).contains("needs a valid date");
		assertThat(this.cycle.review(cast.id()).getDeadlines()).isEqualTo(dates);

		assertThat(send(replan(review, later, "The State asked for time"), secretariat).getRedirectedUrl())
			.isEqualTo("/reviews/" + cast.id());
		assertThat(this.cycle.review(cast.id()).getDeadlines().get(ReviewStep.SUMMARY))
			.isEqualTo(dates.get(ReviewStep.SUMMARY).plusMonths(1));
		assertThat(send(get("/reviews/" + cast.id()), signIn(cast.user("surExpert"))).getContentAsString())
			.contains("The State asked for time");
		// The expert was also mailed when named: wait for the mail of the replanning
		// itself (both are sent off the request thread, in either order).
		String expertMail = cast.who.get("surExpert").getEmail();
		String replanned = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mail.outbox()
				.stream()
				.filter((m) -> m.getRecipient().equals(expertMail))
				.map(MailMessage::getBody)
				.filter((body) -> body.contains("re-planned the deadlines"))
				.toList(), (bodies) -> !bodies.isEmpty())
			.get(0);
		assertThat(replanned).contains("/reviews/" + cast.id()).contains("Guatemala");
	}

	@Test
	void aNewReviewHasADeadlineForEveryStepAndTheSecretariatMovesTheDialogueWithAReason() throws Exception {
		Cast cast = new Cast("TT", "EE");
		CountryReview review = this.cycle.review(cast.id());
		LocalDate start = review.getStartedOn();
		assertThat(review.getDeadlines()).containsOnlyKeys(ReviewStep.values());
		assertThat(review.getDeadlines()).containsEntry(ReviewStep.PRELIMINARY_CONSULTATION, start.plusMonths(2))
			.containsEntry(ReviewStep.DIALOGUE, start.plusMonths(15))
			.containsEntry(ReviewStep.SELF_ASSESSMENT, start.plusMonths(6))
			.containsEntry(ReviewStep.LIST_OF_OBSERVATIONS, start.plusMonths(18));
		MockHttpSession secretariat = signIn(cast.user("secretariat"));
		String page = send(get("/admin/reviews/" + cast.id()), secretariat).getContentAsString();
		assertThat(page).contains("Preliminary consultation")
			.contains("Dialogue and clarifications")
			.contains("name=\"PRELIMINARY_CONSULTATION\"")
			.contains("name=\"DIALOGUE\"");
		Map<ReviewStep, LocalDate> moved = new java.util.EnumMap<>(review.getDeadlines());
		LocalDate dialogue = start.plusMonths(16);
		moved.put(ReviewStep.DIALOGUE, dialogue);
		Map<ReviewStep, LocalDate> tooLate = new java.util.EnumMap<>(moved);
		tooLate.put(ReviewStep.DIALOGUE, start.plusMonths(19));
		assertThat(send(replan(review, tooLate, "x"), secretariat).getContentAsString()).contains("order of the steps");
		assertThat(send(replan(review, moved, "The dialogue needs a second round"), secretariat).getRedirectedUrl())
			.isEqualTo("/reviews/" + cast.id());
		assertThat(this.cycle.review(cast.id()).getDeadlines()).containsEntry(ReviewStep.DIALOGUE, dialogue)
			.containsEntry(ReviewStep.PRELIMINARY_CONSULTATION, start.plusMonths(2));
		Map<String, Object> audited = this.jdbc.queryForMap(
				"select actor, before_state, after_state from audit_event where action = 'review.replanned' and entity_id = ? order by id desc limit 1",
				String.valueOf(cast.id()));
		assertThat(audited.get("actor")).isEqualTo(cast.user("secretariat"));
		assertThat(String.valueOf(audited.get("before_state"))).contains(start.plusMonths(15).toString());
		assertThat(String.valueOf(audited.get("after_state"))).contains(dialogue.toString())
			.contains("The dialogue needs a second round");
		assertThat(send(get("/reviews/" + cast.id()), signIn(cast.user("surExpert"))).getContentAsString())
			.contains("Dialogue and clarifications")
			.contains("The dialogue needs a second round");
	}

	@Test
	void theFocalPointsOfEveryStateAwaitThePreliminaryConsultationDuringTheSelfAssessment() {
		Cast cast = new Cast("BB", "MT");
		as(cast.who.get("secretariat"));
		this.cycle.advance(cast.id(), this.cycle.review(cast.id()).getVersion());
		SecurityContextHolder.clearContext();
		LocalDate due = this.cycle.review(cast.id()).getStartedOn().plusMonths(2);
		for (String person : List.of("surFocalPoint", "reviewerFocalPoint")) {
			assertThat(this.deadlineService.awaiting(cast.user(person))).filteredOn((d) -> d.reviewId() == cast.id())
				.extracting(DeadlineService.Deadline::step, DeadlineService.Deadline::due)
				.as(person)
				.contains(org.assertj.core.groups.Tuple.tuple(ReviewStep.PRELIMINARY_CONSULTATION, due));
		}
		assertThat(this.deadlineService.awaiting(cast.user("reviewerExpert")))
			.filteredOn((d) -> d.reviewId() == cast.id())
			.extracting(DeadlineService.Deadline::step)
			.doesNotContain(ReviewStep.PRELIMINARY_CONSULTATION);
	}

	private static MockHttpServletRequestBuilder replan(CountryReview review, Map<ReviewStep, LocalDate> dates,
			String reason) {
		MockHttpServletRequestBuilder form = post("/admin/reviews/" + review.getId())
			.param("version", String.valueOf(review.getVersion()))
			.with(csrf());
		dates.forEach((step, date) -> form.param(step.name(), date.toString()));
		if (reason != null) {
			form.param("reason", reason);
		}
		return form;
	}

	@Test
	void myWorkShowsEachPersonTheirReviewsRoleDeadlineAndWhatAwaitsThem() throws Exception {
		Cast cast = new Cast("HN", "DK");
		String html = send(get("/my-work"), signIn(cast.user("reviewerFocalPoint"))).getContentAsString();
		assertThat(html).contains("Honduras").contains("Focal point").contains("Denmark");
		assertThat(html).doesNotContain("Name your governmental experts");
		// The State under review's focal point has experts already; a focal point
		// without experts is asked to name them.
		Account lone = account("hn-lone" + System.nanoTime() % 100000, Role.FOCAL_POINT, "HN", null);
		as(cast.who.get("secretariat"));
		this.people.name(cast.id(), new NamingForm("HN", ReviewRole.FOCAL_POINT, lone.getUsername(), null, null, null,
				"NV/HN/2", LocalDate.now()));
		this.people.people(cast.id())
			.stream()
			.filter((p) -> p.member().isActive() && p.member().getRole() == ReviewRole.EXPERT
					&& p.member().getPartyCode().equals("HN"))
			.forEach((p) -> this.people.end(cast.id(), p.member().getId()));
		SecurityContextHolder.clearContext();
		MockHttpSession loneSession = signIn(lone.getUsername());
		assertThat(send(get("/my-work"), loneSession).getContentAsString()).contains("Name your governmental experts");
		assertThat(send(get("/api/me/work"), loneSession).getContentAsString())
			.contains("\"kind\":\"NAME_EXPERTS\",\"reviewId\":" + cast.id())
			.contains("\"stateUnderReview\":\"HN\",\"role\":\"FOCAL_POINT\"");
		assertThat(send(get("/my-work"), signIn(cast.user("bureau"))).getContentAsString())
			.contains("Nothing awaits your decision");
		assertThat(send(get("/my-work"), signIn(cast.user("civilSociety"))).getContentAsString())
			.contains("My organisation");
		assertThat(send(get("/my-work"), null).getStatus()).isEqualTo(302);
	}

	@Test
	void theDemoFocalPointAndReviewerFindTheKenyaReviewInTheirWork() throws Exception {
		for (String demo : List.of("focalpoint", "reviewer")) {
			MockHttpSession session = new MockHttpSession();
			this.mvc.perform(
					post("/login").param("username", demo).param("password", "demo").with(csrf()).session(session));
			assertThat(send(get("/api/me/work"), session).getContentAsString()).as(demo)
				.contains("\"stateUnderReview\":\"KE\"");
		}
	}

	@Test
	void theSecretariatFiltersEveryReviewCountsThemPerPhaseAndExportsCsv() throws Exception {
		Cast cast = new Cast("SV", "BE");
		MockHttpSession secretariat = signIn(cast.user("secretariat"));
		String table = send(get("/admin/reviews").param("cluster", "IV").param("phase", "NAMING_PEOPLE"), secretariat)
			.getContentAsString();
		assertThat(table).contains("El Salvador");
		String csv = send(get("/admin/reviews.csv").param("cluster", "IV"), secretariat).getContentAsString();
		assertThat(csv).startsWith("id,stateUnderReview,cluster,cycle,reviewGroup,phase")
			.contains("," + "SV,IV,1,3,NAMING_PEOPLE,BE,");
		assertThat(send(get("/admin/reviews").param("phase", "CLOSED"), secretariat).getContentAsString())
			.doesNotContain("El Salvador");
		for (String who : List.of("surFocalPoint", "bureau")) {
			assertThat(send(get("/admin/reviews"), signIn(cast.user(who))).getStatus()).isEqualTo(403);
			assertThat(send(get("/admin/reviews.csv"), signIn(cast.user(who))).getStatus()).isEqualTo(403);
		}
	}

	@Test
	void theCountryPageListsItsReviewsThroughTheCyclesSection() throws Exception {
		Cast cast = new Cast("LK", "CZ");
		String page = send(get("/parties/LK"), null).getContentAsString();
		assertThat(page).contains("href=\"/reviews/" + cast.id() + "\"");
		assertThat(send(get("/parties/CZ"), null).getContentAsString()).contains("href=\"/reviews/" + cast.id() + "\"");
	}

}
