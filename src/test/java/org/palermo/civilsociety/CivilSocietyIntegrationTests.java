package org.palermo.civilsociety;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;
import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.NamingForm;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewRole;
import org.palermo.cycle.Reviewer;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.notifications.MailService;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Civil society end to end, signed in the real way: registration and verification,
 * members, country input and its safety on every channel, constructive dialogues and the
 * Extended Bureau's objection period (the application's clock moved by the test).
 */
@SpringBootTest(properties = "palermo.civilsociety.settle-interval=PT24H")
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(MovableClock.Configuration.class)
class CivilSocietyIntegrationTests {

	private static final String PASSPHRASE = "Lantern quiet harbour 47 violet";

	private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private OrganisationService organisations;

	@Autowired
	private DialogueService dialogues;

	@Autowired
	private CycleService cycle;

	@Autowired
	private ReviewPeopleService people;

	@Autowired
	private MailService mail;

	@Autowired
	private AuditService audit;

	@Autowired
	private MovableClock clock;

	@Autowired
	private ApplicationEvents events;

	// --- organisations

	@Test
	void anOrganisationRegistersIsPendingUntilVerifiedAndThenListed() throws Exception {
		String tag = tag();
		MockHttpServletResponse registered = register("Rights Watch " + tag, tag, true);
		assertThat(registered.getStatus()).isEqualTo(200);
		assertThat(registered.getContentAsString()).contains(tag + "@example.org");
		Organisation organisation = byName("Rights Watch " + tag);
		assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.PENDING);
		assertThat(organisation.getCountriesOfWork()).containsExactly("KE", "UG");
		assertThat(organisation.getInstruments()).containsExactly(Instrument.TIP);
		// Pending: in no directory, page or API.
		assertThat(send(get("/organisations"), null).getContentAsString()).doesNotContain(tag);
		assertThat(send(get("/api/organisations"), null).getContentAsString()).doesNotContain(tag);
		assertThat(send(get("/organisations/" + organisation.getId()), null).getStatus()).isEqualTo(404);

		// The administrator sets a password from the mailed link and sees the status.
		acceptInvitation(tag + "@example.org");
		MockHttpSession administrator = signIn(tag, PASSPHRASE, null);
		String page = send(get("/organisation"), administrator).getContentAsString();
		assertThat(page).contains("Waiting for verification").doesNotContain("Invite a colleague");
		assertThat(send(get("/reviews/1/input"), administrator).getStatus()).isEqualTo(403);

		MockHttpSession secretariat = signIn(Role.SECRETARIAT);
		assertThat(send(get("/admin/organisations"), secretariat).getContentAsString()).contains("Rights Watch " + tag);
		MockHttpServletResponse verified = send(post("/admin/organisations/" + organisation.getId() + "/verify")
			.param("version", String.valueOf(organisation.getVersion())), secretariat);
		assertThat(verified.getRedirectedUrl()).isEqualTo("/admin/organisations");
		assertThat(this.audit.historyOf("organisation", String.valueOf(organisation.getId())))
			.extracting((e) -> e.getAction())
			.contains("organisation.selfRegistered", "organisation.verified");

		assertThat(send(get("/organisations?country=UG"), null).getContentAsString()).contains("Rights Watch " + tag);
		assertThat(send(get("/api/organisations?instrument=TIP"), null).getContentAsString())
			.contains("\"name\":\"Rights Watch " + tag + "\"")
			.contains("\"countriesOfWork\":[\"KE\",\"UG\"]");
		assertThat(send(get("/api/organisations?instrument=FA"), null).getContentAsString())
			.doesNotContain("Rights Watch " + tag);
		assertThat(send(get("/organisation"), administrator).getContentAsString()).contains("Verified")
			.contains("Invite a colleague");
	}

	@Test
	void anOrganisationThatDidNotAgreeToBeListedStaysOutOfTheDirectory() throws Exception {
		String tag = tag();
		register("Quiet Shelter " + tag, tag, false);
		Organisation organisation = byName("Quiet Shelter " + tag);
		verify(organisation);
		assertThat(send(get("/organisations"), null).getContentAsString()).doesNotContain("Quiet Shelter " + tag);
		assertThat(send(get("/organisations/" + organisation.getId()), null).getStatus()).isEqualTo(404);
		assertThat(send(get("/api/organisations/" + organisation.getId()), null).getStatus()).isEqualTo(404);
	}

	@Test
	void theSecretariatRejectsWithAReasonThatTheOrganisationReads() throws Exception {
		String tag = tag();
		register("Doubtful Trust " + tag, tag, true);
		Organisation organisation = byName("Doubtful Trust " + tag);
		MockHttpSession secretariat = signIn(Role.SECRETARIAT);
		String version = String.valueOf(organisation.getVersion());
		assertThat(flash(post("/admin/organisations/" + organisation.getId() + "/reject").param("version", version),
				secretariat)
			.get("error")).isEqualTo("civilsociety.error.reason");
		send(post("/admin/organisations/" + organisation.getId() + "/reject").param("version", version)
			.param("reason", "No trace of registration in Kenya"), secretariat);
		assertThat(byName("Doubtful Trust " + tag).getStatus()).isEqualTo(OrganisationStatus.REJECTED);
		// A stale page: the version moved on; nothing is overwritten, the answer is 409.
		assertThat(send(post("/admin/organisations/" + organisation.getId() + "/verify").param("version", version),
				secretariat)
			.getStatus()).isEqualTo(409);
		acceptInvitation(tag + "@example.org");
		assertThat(send(get("/organisation"), signIn(tag, PASSPHRASE, null)).getContentAsString())
			.contains("No trace of registration in Kenya");
		assertThat(send(get("/organisations"), null).getContentAsString()).doesNotContain("Doubtful Trust " + tag);
	}

	@Test
	void registrationWithBadInputKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
		String tag = tag();
		MockHttpServletResponse response = send(post("/organisations/register").param("name", "Half Typed " + tag)
			.param("kind", "NGO")
			.param("countryCode", "KE")
			.param("ecosocStatus", "NONE")
			.param("contactName", "Amina")
			.param("contactEmail", "not-an-address")
			.param("username", tag)
			.param("displayName", "Amina")
			.param("email", tag + "@example.org"), null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("value=\"Half Typed " + tag + "\"")
			.contains("Enter a valid e-mail address.");
		assertThat(this.organisations.all()).noneMatch((o) -> o.getName().equals("Half Typed " + tag));
	}

	@Test
	void theAdministratorInvitesAColleagueAndOnlyTheAdministratorMay() throws Exception {
		String tag = tag();
		Organisation organisation = verifiedOrganisation("Coalition " + tag, tag);
		MockHttpSession administrator = signIn(tag, PASSPHRASE, null);
		MockHttpServletResponse invited = send(post("/organisation/members").param("username", tag + "-2")
			.param("displayName", "Colleague " + tag)
			.param("email", tag + "-2@example.org"), administrator);
		assertThat(invited.getRedirectedUrl()).isEqualTo("/organisation");
		Account colleague = this.accounts.find(tag + "-2").orElseThrow();
		assertThat(colleague.getRole()).isEqualTo(Role.CIVIL_SOCIETY);
		assertThat(colleague.getOrganisationId()).isEqualTo(organisation.getId());
		assertThat(this.mail.outbox())
			.anyMatch((m) -> m.getRecipient().equals(tag + "-2@example.org") && m.getBody().contains("/invitation/"));
		acceptInvitation(tag + "-2@example.org");
		MockHttpSession member = signIn(tag + "-2", PASSPHRASE, null);
		assertThat(send(post("/organisation/members").param("username", tag + "-3")
			.param("displayName", "Third")
			.param("email", tag + "-3@example.org"), member).getStatus()).isEqualTo(403);
		assertThat(this.accounts.find(tag + "-3")).isEmpty();
		assertThat(send(get("/organisation"), member).getContentAsString()).contains("Colleague " + tag)
			.doesNotContain("Invite a colleague");
	}

	// --- country input and its safety

	@Test
	void inputKeptToTheSecretariatOrWithTheNameWithheldNeverRevealsTheOrganisation() throws Exception {
		Stage stage = new Stage("TN", "PT");
		String named = "Open Voices " + stage.tag;
		String hidden = "Hidden Witnesses " + stage.tag;
		verifiedOrganisation(named, stage.tag + "a");
		verifiedOrganisation(hidden, stage.tag + "b");
		MockHttpSession namedMember = signIn(stage.tag + "a", PASSPHRASE, null);
		MockHttpSession hiddenMember = signIn(stage.tag + "b", PASSPHRASE, null);
		long publicInput = submit(stage, namedMember, "Public analysis " + stage.tag, "PUBLIC", false);
		long withheld = submit(stage, hiddenMember, "Withheld testimony " + stage.tag, "REVIEW_STATES", true);
		long secret = submit(stage, hiddenMember, "Secret testimony " + stage.tag, "SECRETARIAT_ONLY", false);
		MockHttpSession secretariat = signIn(Role.SECRETARIAT);
		for (long id : List.of(publicInput, withheld)) {
			change(secretariat, id, "SHARE", null, null);
		}

		// The organisation at risk also works in a national working group (its space is
		// for
		// its members only).
		String group = send(post("/groups").param("name", "Coalition " + stage.tag).param("countryCode", "KE"),
				hiddenMember)
			.getRedirectedUrl();
		assertThat(group).startsWith("/groups/");

		MockHttpSession surExpert = signIn(stage.surExpert);
		MockHttpSession reviewerExpert = signIn(stage.reviewerExpert);
		Map<String, MockHttpSession> readers = new java.util.LinkedHashMap<>();
		readers.put("anonymous", null);
		readers.put("State under review", surExpert);
		readers.put("reviewing State", reviewerExpert);
		readers.put("another organisation", namedMember);
		readers.put("Extended Bureau", signIn(Role.BUREAU));
		readers.put("outside expert", signIn(Role.EXPERT));
		String review = "/reviews/" + stage.review.getId();
		for (Map.Entry<String, MockHttpSession> reader : readers.entrySet()) {
			boolean state = reader.getValue() == surExpert || reader.getValue() == reviewerExpert;
			for (String path : List.of(review, "/api/reviews/" + stage.review.getId() + "/inputs", "/parties/TN",
					"/api/organisation/inputs", "/organisation/inputs/" + secret, "/organisation/inputs/" + withheld,
					"/my-work", "/dialogues", "/api/dialogues", group, "/api/groups", group + "/letter")) {
				MockHttpServletResponse response = send(get(path), reader.getValue());
				String body = response.getContentAsString();
				assertThat(body).as(reader.getKey() + " on " + path)
					.doesNotContain(hidden)
					.doesNotContain("Secret testimony");
				assertThat(response.getStatus()).as(reader.getKey() + " on " + path).isLessThan(500);
				if (!state || !path.startsWith(review) && !path.startsWith("/api/reviews")) {
					assertThat(body).as(reader.getKey() + " on " + path).doesNotContain("Withheld testimony");
				}
			}
			if (reader.getValue() != null) {
				assertThat(send(get(group), reader.getValue()).getStatus()).as(reader.getKey()).isEqualTo(404);
			}
			// The same answer for someone else's input as for none at all.
			if (reader.getValue() == namedMember) {
				assertThat(send(get("/organisation/inputs/" + secret), namedMember).getStatus()).isEqualTo(404);
				assertThat(send(get("/organisation/inputs/99999999"), namedMember).getStatus()).isEqualTo(404);
			}
		}
		// What each reader does see.
		assertThat(send(get(review), null).getContentAsString()).contains("Public analysis " + stage.tag)
			.contains(named);
		assertThat(send(get("/parties/TN"), null).getContentAsString()).contains("Public analysis " + stage.tag);
		assertThat(send(get(review), surExpert).getContentAsString()).contains("Withheld testimony " + stage.tag)
			.contains("An organisation (name withheld)");
		assertThat(send(get("/api/reviews/" + stage.review.getId() + "/inputs"), reviewerExpert).getContentAsString())
			.contains("\"title\":\"Withheld testimony " + stage.tag + "\",")
			.contains("\"organisation\":null");
		// The organisation itself and the secretariat know.
		assertThat(send(get(review), hiddenMember).getContentAsString()).contains("Secret testimony " + stage.tag)
			.contains(hidden);
		assertThat(send(get("/admin/inputs"), secretariat).getContentAsString()).contains(hidden)
			.contains("Secret testimony " + stage.tag)
			.contains("id=\"per-status\"");
		// Its members are told of each step, with nothing but the State and the status.
		List<NotificationRequested> told = this.events.stream(NotificationRequested.class)
			.filter((n) -> n.kind() == NotificationKind.INPUT_STATUS)
			.filter((n) -> n.link().equals("/organisation/inputs/" + withheld))
			.toList();
		assertThat(told).hasSize(1);
		assertThat(told.get(0).recipients()).containsExactly(this.accounts.find(stage.tag + "b").orElseThrow().getId());
		assertThat(told.get(0).arguments()).containsExactly("state:TN", "key:civilsociety.inputStatus.SHARED");
	}

	@Test
	void theOrganisationFollowsAStatusItCanTrustUntilItsInputIsReflected() throws Exception {
		Stage stage = new Stage("MA", "SE");
		verifiedOrganisation("Followers " + stage.tag, stage.tag);
		MockHttpSession member = signIn(stage.tag, PASSPHRASE, null);
		long input = submit(stage, member, "Labour trafficking " + stage.tag, "REVIEW_STATES", false);
		MockHttpSession secretariat = signIn(Role.SECRETARIAT);
		assertThat(status(member, input)).isEqualTo("Received");
		// Reflected before being considered is not a step that follows.
		assertThat(change(secretariat, input, "REFLECT", null, "OBS-1").get("error"))
			.isEqualTo("civilsociety.error.transition");
		change(secretariat, input, "SHARE", null, null);
		assertThat(status(member, input)).isEqualTo("Shared");
		change(secretariat, input, "CONSIDER", null, null);
		assertThat(change(secretariat, input, "REFLECT", null, " ").get("error"))
			.isEqualTo("civilsociety.error.reference");
		change(secretariat, input, "REFLECT", null, "KE/I/OBS/12");
		String page = send(get("/organisation/inputs/" + input), member).getContentAsString();
		assertThat(status(member, input)).isEqualTo("Reflected in an observation");
		assertThat(page).contains("in observation KE/I/OBS/12");
		assertThat(Pattern.compile("<li>").matcher(page.substring(page.indexOf("id=\"history\""))).results().count())
			.isEqualTo(4);
		assertThat(send(get("/api/organisation/inputs"), member).getContentAsString())
			.contains("\"status\":\"REFLECTED\"")
			.contains("\"observationReference\":\"KE/I/OBS/12\"");
		// The follow-up is the organisation's and the secretariat's: the States the input
		// was shared with read the input, not its status nor the observation it led to.
		MockHttpSession reviewer = signIn(stage.reviewerExpert);
		String shared = send(get("/api/reviews/" + stage.review.getId() + "/inputs"), reviewer).getContentAsString();
		assertThat(shared).contains("Labour trafficking " + stage.tag)
			.contains("\"status\":null")
			.doesNotContain("KE/I/OBS/12")
			.doesNotContain("REFLECTED");
		assertThat(send(get("/api/reviews/" + stage.review.getId() + "/inputs"), secretariat).getContentAsString())
			.contains("\"observationReference\":\"KE/I/OBS/12\"");
		assertThat(this.audit.historyOf("input", String.valueOf(input))).hasSize(4);
		// A stale follow-up page changes nothing.
		assertThat(send(post("/admin/inputs/" + input + "/status").param("version", "0").param("action", "CONSIDER"),
				secretariat)
			.getStatus()).isEqualTo(409);
	}

	@Test
	void aPendingOrganisationCannotSubmitInputAndStatesCannotSubmitAtAll() throws Exception {
		Stage stage = new Stage("AR", "NZ");
		String tag = tag();
		register("Newcomers " + tag, tag, true);
		acceptInvitation(tag + "@example.org");
		MockHttpSession pending = signIn(tag, PASSPHRASE, null);
		String review = "/reviews/" + stage.review.getId();
		assertThat(send(get(review), pending).getContentAsString()).doesNotContain(review + "/input");
		assertThat(
				send(post(review + "/input").param("title", "t").param("body", "b").param("reach", "PUBLIC"), pending)
					.getStatus())
			.isEqualTo(403);
		MockHttpSession surExpert = signIn(stage.surExpert);
		assertThat(
				send(post(review + "/input").param("title", "t").param("body", "b").param("reach", "PUBLIC"), surExpert)
					.getStatus())
			.isEqualTo(403);
	}

	@Test
	void anyoneFollowsACountryByMailOnceConfirmedAndLeavesFromTheLinkInEveryMail() throws Exception {
		Stage stage = new Stage("CO", "IT");
		String follower = stage.tag + "@follow.example.org";
		String undecided = stage.tag + "-maybe@follow.example.org";
		for (String address : List.of(follower, undecided)) {
			MockHttpServletResponse asked = send(post("/subscriptions").param("country", "CO").param("email", address),
					null);
			assertThat(asked.getContentAsString()).contains("open it to confirm");
		}
		assertThat(send(post("/subscriptions").param("country", "CO").param("email", "no address"), null).getStatus())
			.isEqualTo(400);
		String confirm = link(follower, "/subscriptions/(sub_[A-Za-z0-9_-]+)/confirm");
		// Opening the link changes nothing (mail scanners open links); the button does.
		assertThat(send(get("/subscriptions/" + confirm + "/confirm"), null).getContentAsString())
			.contains("Confirm that I follow this country");
		assertThat(send(post("/subscriptions/" + confirm + "/confirm"), null).getContentAsString())
			.contains("Confirmed: you will receive");

		String named = "Followed Voices " + stage.tag;
		verifiedOrganisation(named, stage.tag);
		MockHttpSession member = signIn(stage.tag, PASSPHRASE, null);
		long input = submit(stage, member, "Published findings " + stage.tag, "PUBLIC", false);
		change(signIn(Role.SECRETARIAT), input, "SHARE", null, null);
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.mail.outbox()
				.stream()
				.anyMatch((m) -> m.getRecipient().equals(follower) && m.getBody().contains("Published findings")));
		String update = this.mail.outbox()
			.stream()
			.filter((m) -> m.getRecipient().equals(follower) && m.getBody().contains("Published findings"))
			.findFirst()
			.orElseThrow()
			.getBody();
		assertThat(update).contains("Colombia").doesNotContain(named);
		assertThat(this.mail.outbox()).filteredOn((m) -> m.getRecipient().equals(undecided)).hasSize(1);

		String leave = link(follower, "/subscriptions/(sub_[A-Za-z0-9_-]+)/unsubscribe");
		assertThat(send(get("/subscriptions/" + leave + "/unsubscribe"), null).getContentAsString())
			.contains("Stop the mails about this country");
		assertThat(send(post("/subscriptions/" + leave + "/unsubscribe"), null).getContentAsString())
			.contains("no more mail about this country");
		assertThat(send(post("/subscriptions/" + leave + "/unsubscribe"), null).getStatus()).isEqualTo(404);
	}

	// --- constructive dialogues

	@Test
	void anApplicationStandsApprovedWhenTheExtendedBureauDoesNotObjectWithinThePeriod() throws Exception {
		String tag = tag();
		Organisation quiet = verifiedOrganisation("Grassroots " + tag, tag + "a");
		Organisation contested = verifiedOrganisation("Contested " + tag, tag + "b");
		long dialogue = schedule("Dialogue on smuggling " + tag);
		MockHttpSession first = signIn(tag + "a", PASSPHRASE, null);
		MockHttpSession second = signIn(tag + "b", PASSPHRASE, null);
		apply(first, dialogue, true);
		apply(second, dialogue, false);
		assertThat(send(post("/dialogues/" + dialogue + "/applications").param("attendees", "Again")
			.param("expertise", "Again"), first).getContentAsString()).contains("already applied");
		long quietApplication = application(dialogue, quiet);
		long contestedApplication = application(dialogue, contested);
		List<NotificationRequested> bureauTold = this.events.stream(NotificationRequested.class)
			.filter((n) -> n.link().equals("/dialogues/" + dialogue) && n.kind() == NotificationKind.SUBMITTED)
			.toList();
		assertThat(bureauTold).hasSize(2);

		Account bureauMember = TestAccounts.create(this.accounts, Role.BUREAU);
		MockHttpSession bureau = signIn(bureauMember);
		String page = send(get("/dialogues/" + dialogue), bureau).getContentAsString();
		assertThat(page).contains("Grassroots " + tag).contains("Open to objections");
		send(post("/dialogues/" + dialogue + "/applications/" + contestedApplication + "/objections").param("reason",
				"Not independent of the government"), bureau);
		// Only the Extended Bureau objects.
		assertThat(send(post("/dialogues/" + dialogue + "/applications/" + quietApplication + "/objections")
			.param("reason", "no"), first).getStatus()).isEqualTo(403);

		// Nine days on: still within the period, nothing decided.
		this.clock.advance(Duration.ofDays(9));
		this.dialogues.settleDue();
		assertThat(decision(quietApplication)).isEqualTo(ApplicationDecision.PENDING);
		assertThat(decision(contestedApplication)).isEqualTo(ApplicationDecision.PENDING);

		// The period ends: the clock decides, with the reasons recorded.
		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		bureau = signIn(bureauMember);
		assertThat(flash(post("/dialogues/" + dialogue + "/applications/" + quietApplication + "/objections")
			.param("reason", "Too late"), bureau).get("error")).isEqualTo("civilsociety.error.objectionPeriodOver");
		assertThat(decision(quietApplication)).isEqualTo(ApplicationDecision.APPROVED);
		assertThat(decision(contestedApplication)).isEqualTo(ApplicationDecision.NOT_APPROVED);
		assertThat(this.dialogues.applications(dialogue)
			.stream()
			.filter((a) -> a.application().getId() == contestedApplication)
			.findFirst()
			.orElseThrow()
			.application()
			.getDecisionReason()).isEqualTo("Not independent of the government");
		List<NotificationRequested> decided = this.events.stream(NotificationRequested.class)
			.filter((n) -> n.kind() == NotificationKind.DIALOGUE_DECISION && n.link().equals("/dialogues/" + dialogue))
			.toList();
		assertThat(decided).hasSize(2);
		assertThat(decided).anySatisfy((n) -> assertThat(n.arguments()).containsExactly("Dialogue on smuggling " + tag,
				"key:civilsociety.decision.APPROVED"));

		String publicPage = send(get("/dialogues/" + dialogue), null).getContentAsString();
		assertThat(publicPage).contains("Grassroots " + tag).doesNotContain("Contested " + tag);
		assertThat(send(get("/api/dialogues/" + dialogue), null).getContentAsString())
			.contains("\"participants\":[\"Grassroots " + tag + "\"]");
		assertThat(
				send(get("/api/organisation/applications"), signIn(tag + "a", PASSPHRASE, null)).getContentAsString())
			.contains("\"decision\":\"APPROVED\"");
	}

	@Test
	void theSecretariatSetsSpeakersApprovedOrganisationsSendStatementsAndTheSummaryFollows() throws Exception {
		String tag = tag();
		Organisation organisation = verifiedOrganisation("Speakers " + tag, tag);
		long dialogue = schedule("Dialogue on firearms " + tag);
		MockHttpSession member = signIn(tag, PASSPHRASE, null);
		assertThat(flash(post("/dialogues/" + dialogue + "/statements").param("title", "Early").param("body", "Text"),
				member)
			.get("error")).isEqualTo("civilsociety.error.notParticipant");
		apply(member, dialogue, false);
		this.clock.advance(Duration.ofDays(11));
		this.dialogues.settleDue();
		member = signIn(tag, PASSPHRASE, null);
		send(post("/dialogues/" + dialogue + "/statements").param("title", "Our statement " + tag)
			.param("body", "Firearms reach traffickers."), member);
		MockHttpSession secretariat = signIn(Role.SECRETARIAT);
		ConstructiveDialogue scheduled = this.dialogues.dialogue(dialogue);
		String slot = LocalDateTime.of(scheduled.getStartsOn(), java.time.LocalTime.of(10, 0)).toString();
		send(post("/admin/dialogues/" + dialogue + "/speakers")
			.param("applicationId", String.valueOf(application(dialogue, organisation)))
			.param("speaker", "Maria " + tag)
			.param("startsAt", slot)
			.param("minutes", "7"), secretariat);
		assertThat(flash(post("/admin/dialogues/" + dialogue + "/summary")
			.param("version", String.valueOf(scheduled.getVersion()))
			.param("summary", "Summary"), secretariat).get("error")).isEqualTo("civilsociety.error.summaryTooEarly");
		String page = send(get("/dialogues/" + dialogue), null).getContentAsString();
		assertThat(page).contains("Maria " + tag).contains("10:00–10:07").contains("Our statement " + tag);
		// A week before the dialogue its participants are reminded, once.
		java.util.function.Supplier<List<NotificationRequested>> reminders = () -> this.events
			.stream(NotificationRequested.class)
			.filter((n) -> n.kind() == NotificationKind.REMINDER && n.link().equals("/dialogues/" + dialogue))
			.toList();
		this.clock.advance(Duration.ofDays(11));
		this.dialogues.settleDue();
		assertThat(reminders.get()).isEmpty();
		this.clock.advance(Duration.ofDays(2));
		this.dialogues.settleDue();
		this.dialogues.settleDue();
		assertThat(reminders.get()).singleElement()
			.satisfies(
					(n) -> assertThat(n.recipients()).containsExactly(this.accounts.find(tag).orElseThrow().getId()));
		this.clock.advance(Duration.ofDays(60));
		secretariat = signIn(Role.SECRETARIAT);
		send(post("/admin/dialogues/" + dialogue + "/summary").param("version", String.valueOf(scheduled.getVersion()))
			.param("summary", "States heard six organisations " + tag), secretariat);
		assertThat(send(get("/dialogues/" + dialogue), null).getContentAsString())
			.contains("States heard six organisations " + tag);
	}

	@Test
	void theCalendarOfDialoguesIsICalendar() throws Exception {
		String tag = tag();
		long dialogue = schedule("Calendar; test, " + tag);
		MockHttpServletResponse feed = send(get("/dialogues/calendar.ics"), null);
		assertThat(feed.getContentType()).startsWith("text/calendar");
		String body = feed.getContentAsString();
		assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(body).contains("UID:dialogue-" + dialogue + "@localhost\r\n")
			.contains("SUMMARY:Constructive dialogue: Calendar\\; test\\, " + tag);
		assertThat(body.split("\r\n"))
			.allSatisfy((line) -> assertThat(line.getBytes("UTF-8").length).isLessThanOrEqualTo(75));
		String one = send(get("/dialogues/" + dialogue + "/calendar.ics"), null).getContentAsString();
		assertThat(one.split("BEGIN:VEVENT", -1)).hasSize(4);
		assertThat(send(get("/dialogues"), null).getContentAsString()).contains("Calendar; test, " + tag);
	}

	// --- helpers

	/** A review of one State by another, with an expert on each side. */
	private final class Stage {

		final String tag = tag();

		final CountryReview review;

		final Account surExpert;

		final Account reviewerExpert;

		Stage(String sur, String reviewer) {
			this.review = cycle.openReview(sur, ThematicCluster.I, 2, LocalDate.now().minusDays(5),
					List.of(new Reviewer(reviewer, ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))), null);
			Account secretariat = TestAccounts.create(accounts, Role.SECRETARIAT);
			this.surExpert = account(Role.EXPERT, sur);
			this.reviewerExpert = account(Role.EXPERT, reviewer);
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(secretariat.getUsername(), null, List.of()));
			name(sur, this.surExpert);
			name(reviewer, this.reviewerExpert);
			SecurityContextHolder.clearContext();
		}

		private void name(String party, Account expert) {
			people.name(this.review.getId(),
					new NamingForm(party, ReviewRole.EXPERT, expert.getUsername(), null, null, null, null, null));
		}

	}

	private static String tag() {
		return "cs" + System.nanoTime() % 10_000_000;
	}

	private MockHttpServletResponse register(String name, String username, boolean listed) throws Exception {
		MockHttpServletRequestBuilder request = post("/organisations/register").param("name", name)
			.param("kind", "NGO")
			.param("countryCode", "KE")
			.param("countriesOfWork", "KE", "UG")
			.param("ecosocStatus", "SPECIAL")
			.param("instruments", "TIP")
			.param("themes", "TRAFFICKING_IN_PERSONS")
			.param("website", "https://example.org")
			.param("contactName", "Amina Odhiambo")
			.param("contactEmail", "contact-" + username + "@example.org")
			.param("username", username)
			.param("displayName", "Admin " + username)
			.param("email", username + "@example.org");
		if (listed) {
			request.param("listed", "true");
		}
		return send(request, null);
	}

	private Organisation verifiedOrganisation(String name, String username) throws Exception {
		register(name, username, true);
		Organisation organisation = byName(name);
		verify(organisation);
		acceptInvitation(username + "@example.org");
		return organisation;
	}

	private void verify(Organisation organisation) {
		this.organisations.verify(organisation.getId(), organisation.getVersion(), "test");
	}

	private Organisation byName(String name) {
		return this.organisations.all().stream().filter((o) -> o.getName().equals(name)).findFirst().orElseThrow();
	}

	/** The last link of this form mailed to the address. */
	private String link(String address, String pattern) {
		Pattern link = Pattern.compile(pattern);
		return this.mail.outbox()
			.stream()
			.filter((m) -> m.getRecipient().equals(address))
			.map((m) -> link.matcher(m.getBody()))
			.filter(Matcher::find)
			.findFirst()
			.orElseThrow()
			.group(1);
	}

	private void acceptInvitation(String address) {
		String body = this.mail.outbox()
			.stream()
			.filter((m) -> m.getRecipient().equals(address) && m.getBody().contains("/invitation/"))
			.findFirst()
			.orElseThrow()
			.getBody();
		Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		this.accounts.acceptInvitation(link.group(1), PASSPHRASE);
	}

	private MockHttpSession signIn(Role role) throws Exception {
		return signIn(TestAccounts.create(this.accounts, role));
	}

	private MockHttpSession signIn(Account account) throws Exception {
		return signIn(account.getUsername(), TestAccounts.PASSWORD, null);
	}

	/**
	 * Signs in through the form; the session begins at the application's (moved) time, as
	 * a session begun at that moment would.
	 */
	private MockHttpSession signIn(String username, String password, String unused) throws Exception {
		long began = this.clock.millis();
		MockHttpSession session = new MockHttpSession() {
			@Override
			public long getCreationTime() {
				return began;
			}
		};
		String address = "10.88." + (ADDRESSES.get() / 250 % 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
		String next = this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()).with((r) -> {
				r.setRemoteAddr(address);
				return r;
			}).session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).as("sign-in of " + username).isNotNull().doesNotContain("/login");
		return session;
	}

	private long submit(Stage stage, MockHttpSession member, String title, String reach, boolean withheld)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/reviews/" + stage.review.getId() + "/input")
			.param("title", title)
			.param("body", title + " in detail.")
			.param("instrument", "TIP")
			.param("articles", "5, 6")
			.param("reach", reach);
		if (withheld) {
			request.param("nameWithheld", "true");
		}
		String location = send(request, member).getRedirectedUrl();
		assertThat(location).startsWith("/organisation/inputs/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private FlashMap change(MockHttpSession secretariat, long input, String action, String reason, String reference)
			throws Exception {
		String page = send(get("/admin/inputs/" + input), secretariat).getContentAsString();
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
		assertThat(version.find()).isTrue();
		MockHttpServletRequestBuilder request = post("/admin/inputs/" + input + "/status")
			.param("version", version.group(1))
			.param("action", action);
		if (reason != null) {
			request.param("reason", reason);
		}
		if (reference != null) {
			request.param("reference", reference);
		}
		return flash(request, secretariat);
	}

	private String status(MockHttpSession member, long input) throws Exception {
		String page = send(get("/organisation/inputs/" + input), member).getContentAsString();
		Matcher status = Pattern.compile("id=\"input-status\"><span>[^<]*</span> <strong>([^<]+)</strong>")
			.matcher(page);
		assertThat(status.find()).as(page).isTrue();
		return status.group(1);
	}

	private long schedule(String title) throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		MockHttpServletResponse response = send(post("/admin/dialogues").param("title", title)
			.param("theme", "SMUGGLING_OF_MIGRANTS")
			.param("startsOn", today.plusDays(30).toString())
			.param("endsOn", today.plusDays(31).toString())
			.param("format", "HYBRID")
			.param("venue", "Vienna International Centre")
			.param("preparationDay", today.plusDays(29).toString())
			.param("applicationDeadline", today.plusDays(14).toString())
			.param("agenda", "1. Opening\n2. Statements"), signIn(Role.SECRETARIAT));
		assertThat(response.getRedirectedUrl()).startsWith("/admin/dialogues/");
		return Long.parseLong(response.getRedirectedUrl().substring("/admin/dialogues/".length()));
	}

	private void apply(MockHttpSession member, long dialogue, boolean travel) throws Exception {
		MockHttpServletRequestBuilder request = post("/dialogues/" + dialogue + "/applications")
			.param("attendees", "Two staff")
			.param("expertise", "Survivor support");
		if (travel) {
			request.param("travelSupport", "true").param("travelReason", "Victim-led, no travel budget");
		}
		assertThat(send(request, member).getRedirectedUrl()).isEqualTo("/dialogues/" + dialogue);
	}

	private long application(long dialogue, Organisation organisation) {
		return this.dialogues.applications(dialogue)
			.stream()
			.filter((a) -> a.application().getOrganisationId().equals(organisation.getId()))
			.findFirst()
			.orElseThrow()
			.application()
			.getId();
	}

	private ApplicationDecision decision(long application) {
		this.dialogues.settleDue();
		return this.dialogues
			.applications(this.dialogues.all()
				.stream()
				.filter((d) -> this.dialogues.applications(d.getId())
					.stream()
					.anyMatch((a) -> a.application().getId() == application))
				.findFirst()
				.orElseThrow()
				.getId())
			.stream()
			.filter((a) -> a.application().getId() == application)
			.findFirst()
			.orElseThrow()
			.application()
			.getDecision();
	}

	private FlashMap flash(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		if (session != null) {
			request.session(session);
		}
		return this.mvc.perform(request.with(csrf())).andReturn().getFlashMap();
	}

	private Account account(Role role, String party) {
		String username = tag() + "-" + party.toLowerCase(java.util.Locale.ROOT);
		return this.accounts.createDemoAccount(
				new InvitationForm(username, "Expert " + username, username + "@example.org", role, party, null),
				TestAccounts.PASSWORD);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		if (session != null) {
			request.session(session);
		}
		return this.mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

}
