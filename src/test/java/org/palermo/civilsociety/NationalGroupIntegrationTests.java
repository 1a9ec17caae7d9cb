package org.palermo.civilsociety;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;
import org.palermo.audit.AuditService;
import org.palermo.civilsociety.CivilSocietyPolicy.DialogueAction;
import org.palermo.civilsociety.CivilSocietyPolicy.GroupAction;
import org.palermo.civilsociety.CivilSocietyPolicy.Who;
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
import org.palermo.system.ConcurrentEditException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * National working groups, files of country input and unlisted organisations at
 * dialogues, signed in the real way: who reads and does what, and that nothing names an
 * organisation to a reader who may not know it.
 */
@SpringBootTest(properties = "palermo.civilsociety.settle-interval=PT24H")
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(MovableClock.Configuration.class)
class NationalGroupIntegrationTests {

	private static final String PASSPHRASE = "Lantern quiet harbour 47 violet";

	private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };

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
	private DataSource dataSource;

	@Autowired
	private NationalGroupService groups;

	@Autowired
	private ApplicationEvents events;

	// --- the group's life

	@Test
	void organisationsFormAGroupShareASpaceOnlyAmongThemselvesAndHandTheCoordinationOver() throws Exception {
		String tag = tag();
		Organisation founder = verifiedOrganisation("Founders " + tag, tag + "a", "SN", true);
		Organisation joiner = verifiedOrganisation("Joiners " + tag, tag + "b", "SN", true);
		Organisation outsider = verifiedOrganisation("Outsiders " + tag, tag + "c", "SN", true);
		MockHttpSession a = signIn(tag + "a");
		MockHttpSession b = signIn(tag + "b");
		MockHttpSession c = signIn(tag + "c");

		// Only for a country where the organisation is registered or works.
		assertThat(flash(post("/groups").param("name", "Elsewhere " + tag).param("countryCode", "FR"), a).get("error"))
			.isEqualTo("nwg.error.countryOfWork");
		long group = createGroup(a, "Senegal coalition " + tag, "SN", false);
		String space = send(get("/groups/" + group), a).getContentAsString();
		assertThat(space).contains("Senegal coalition " + tag).contains("Founders " + tag).contains("Coordinator");

		// The coordinator invites; the invited organisation's administrator is told and
		// accepts.
		send(post("/groups/" + group + "/invitations").param("organisationId", String.valueOf(joiner.getId())), a);
		assertThat(this.events.stream(NotificationRequested.class)
			.filter((n) -> n.messageKey().equals("nwg.notification.invited"))
			.filter((n) -> n.recipients().contains(joiner.getAdministratorId()))
			.toList()).hasSize(1);
		assertThat(send(get("/groups/" + group), b).getStatus()).as("invited, not yet a member").isEqualTo(404);
		assertThat(send(get("/groups/" + group), a).getContentAsString()).as("nobody to hand over to yet")
			.doesNotContain("id=\"hand-over\"");
		assertThat(send(get("/groups"), b).getContentAsString()).contains("Senegal coalition " + tag).contains("Join");
		// Only the coordinator invites (the invited know the group: refused, not hidden);
		// only
		// the invited accept.
		assertThat(send(
				post("/groups/" + group + "/invitations").param("organisationId", String.valueOf(outsider.getId())), b)
			.getStatus()).isEqualTo(403);
		assertThat(send(post("/groups/" + group + "/accept"), c).getStatus()).isEqualTo(404);
		send(post("/groups/" + group + "/accept"), b);
		assertThat(send(get("/groups/" + group), b).getContentAsString()).contains("Joiners " + tag)
			.doesNotContain("id=\"hand-over\"");
		assertThat(send(get("/groups/" + group), a).getContentAsString()).contains("id=\"hand-over\"");

		// Discussion, threaded simply.
		send(post("/groups/" + group + "/messages").param("body", "Shall we write to the focal point " + tag + "?"), a);
		Matcher thread = Pattern.compile("name=\"replyTo\" value=\"(\\d+)\"")
			.matcher(send(get("/groups/" + group), b).getContentAsString());
		assertThat(thread.find()).isTrue();
		send(post("/groups/" + group + "/messages").param("replyTo", thread.group(1)).param("body", "Yes, this week"),
				b);
		assertThat(flash(post("/groups/" + group + "/messages").param("body", " "), b).get("error"))
			.isEqualTo("nwg.error.message");

		// Documents: type from the content, kept out of the library, read by members and
		// the
		// secretariat only.
		MockHttpServletResponse uploaded = send(multipart("/groups/" + group + "/files")
			.file(new MockMultipartFile("file", "strategy.pdf", "application/pdf", PDF))
			.param("title", "Shared strategy " + tag), a);
		assertThat(uploaded.getRedirectedUrl()).isEqualTo("/groups/" + group);
		assertThat(flash(multipart("/groups/" + group + "/files")
			.file(new MockMultipartFile("file", "photo.pdf", "application/pdf", PNG))
			.param("title", "A picture"), a).get("error")).isEqualTo("documents.error.fileType");
		String page = send(get("/groups/" + group), b).getContentAsString();
		assertThat(page).contains("Shared strategy " + tag).contains("Yes, this week").doesNotContain("A picture");
		Matcher file = Pattern.compile("/groups/" + group + "/files/(\\d+)").matcher(page);
		assertThat(file.find()).isTrue();
		String download = "/groups/" + group + "/files/" + file.group(1);
		MockHttpServletResponse got = send(get(download), b);
		assertThat(got.getStatus()).isEqualTo(200);
		assertThat(got.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(got.getHeader("Content-Disposition")).startsWith("attachment").contains("strategy.pdf");
		MockHttpSession secretariat = signIn(Role.SECRETARIAT);
		assertThat(send(get(download), secretariat).getStatus()).isEqualTo(200);
		assertThat(send(get("/admin/groups"), secretariat).getContentAsString()).contains("Senegal coalition " + tag);
		assertThat(send(get("/library"), secretariat).getContentAsString()).doesNotContain("Shared strategy " + tag);

		// Every other reader: the same 404 as for a group that does not exist.
		Map<String, MockHttpSession> others = new LinkedHashMap<>();
		others.put("another organisation", c);
		others.put("focal point", signIn(account(Role.FOCAL_POINT, "SN")));
		others.put("expert", signIn(Role.EXPERT));
		others.put("observer", signIn(Role.OBSERVER));
		others.put("Extended Bureau", signIn(Role.BUREAU));
		for (Map.Entry<String, MockHttpSession> reader : others.entrySet()) {
			for (String path : List.of("/groups/" + group, download, "/groups/" + group + "/files/99999999")) {
				assertThat(send(get(path), reader.getValue()).getStatus()).as(reader.getKey() + " on " + path)
					.isEqualTo(404);
			}
			assertThat(send(post("/groups/" + group + "/messages").param("body", "Intrusion"), reader.getValue())
				.getStatus()).as(reader.getKey()).isEqualTo(404);
		}
		assertThat(send(get("/groups/" + group), null).getRedirectedUrl()).endsWith("/login");
		assertThat(send(get("/api/groups"), null).getContentAsString()).doesNotContain("Senegal coalition " + tag);
		assertThat(send(get("/api/groups/" + group), null).getStatus()).isEqualTo(404);

		// The coordinator cannot leave before handing over; then hands over and leaves.
		assertThat(flash(post("/groups/" + group + "/leave"), a).get("error")).isEqualTo("nwg.error.coordinatorLeaves");
		assertThat(send(post("/groups/" + group + "/coordinator").param("version", "99")
			.param("organisationId", String.valueOf(joiner.getId())), a).getStatus()).isEqualTo(409);
		send(post("/groups/" + group + "/coordinator").param("version", "0")
			.param("organisationId", String.valueOf(joiner.getId())), a);
		assertThat(send(
				post("/groups/" + group + "/invitations").param("organisationId", String.valueOf(outsider.getId())), a)
			.getStatus()).as("no longer the coordinator").isEqualTo(403);
		assertThat(send(post("/groups/" + group + "/leave"), a).getRedirectedUrl()).isEqualTo("/groups");
		assertThat(send(get("/groups/" + group), a).getStatus()).isEqualTo(404);
		assertThat(send(get("/api/organisation/groups"), b).getContentAsString())
			.contains("\"name\":\"Senegal coalition " + tag + "\"")
			.contains("\"status\":\"MEMBER\"");
		assertThat(this.audit.historyOf("nationalGroup", String.valueOf(group))).extracting((e) -> e.getAction())
			.contains("group.created", "group.invited", "group.joined", "group.message", "group.file",
					"group.handedOver", "group.left");
		assertThat(founder.getId()).isNotNull();
	}

	@Test
	void theLetterToTheFocalPointIsInSixLanguagesAsPageAndPdfAndSentOnlyByTheCoordinator() throws Exception {
		String tag = tag();
		verifiedOrganisation("Listed Letters " + tag, tag + "a", "SN", true);
		Organisation hidden = verifiedOrganisation("Quiet Letters " + tag, tag + "b", "SN", false);
		MockHttpSession coordinator = signIn(tag + "a");
		MockHttpSession member = signIn(tag + "b");
		verifiedOrganisation("Open Letters " + tag, tag + "c", "SN", true);
		long group = createGroup(coordinator, "Letter group " + tag, "SN", true);
		// The coordinator may invite listed organisations by name; one that chose not to
		// be listed is never named to it, neither to choose nor while invited.
		assertThat(send(get("/groups/" + group), coordinator).getContentAsString()).contains("Open Letters " + tag)
			.doesNotContain("Quiet Letters " + tag);
		send(post("/groups/" + group + "/invitations").param("organisationId", String.valueOf(hidden.getId())),
				coordinator);
		assertThat(send(get("/groups/" + group), coordinator).getContentAsString())
			.doesNotContain("Quiet Letters " + tag)
			.contains("An organisation (not listed)");
		send(post("/groups/" + group + "/accept"), member);

		String english = send(get("/groups/" + group + "/letter?lang=en"), member).getContentAsString();
		assertThat(english).contains("Request to be consulted on the review of Senegal")
			.contains("Listed Letters " + tag)
			.contains("and 1 other organisation(s)")
			.doesNotContain("Quiet Letters " + tag)
			.contains("lang=\"en\" dir=\"ltr\"");
		String arabic = send(get("/groups/" + group + "/letter?lang=ar"), member).getContentAsString();
		assertThat(arabic).contains("lang=\"ar\" dir=\"rtl\"").contains("طلب التشاور بشأن استعراض");
		for (String language : NationalGroupService.LANGUAGES) {
			MockHttpServletResponse pdf = send(get("/groups/" + group + "/letter.pdf?lang=" + language), member);
			assertThat(pdf.getStatus()).as(language).isEqualTo(200);
			assertThat(pdf.getContentType()).isEqualTo("application/pdf");
			assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
		assertThat(send(get("/groups/" + group + "/letter?lang=fr"), member).getContentAsString())
			.contains("Demande de consultation sur l’examen de");

		assertThat(send(get("/v3/api-docs"), null).getContentAsString()).contains("/api/groups/{id}")
			.contains("/api/organisation/groups");
		// The public group shows its listed organisations only.
		assertThat(send(get("/api/groups/" + group), null).getContentAsString())
			.contains("\"organisations\":[\"Listed Letters " + tag + "\"]")
			.contains("\"otherOrganisations\":1")
			.doesNotContain("Quiet Letters");

		// Only the coordinator sends; the focal points are told and may read the letter.
		Account focalPoint = account(Role.FOCAL_POINT, "SN");
		// Until it is sent, the State's focal point does not learn the group exists.
		MockHttpSession early = signIn(focalPoint);
		assertThat(send(get("/groups/" + group + "/letter?lang=fr"), early).getStatus()).isEqualTo(404);
		assertThat(send(get("/groups/" + group + "/letter.pdf?lang=fr"), early).getStatus()).isEqualTo(404);
		assertThat(send(post("/groups/" + group + "/letter/send"), member).getStatus()).isEqualTo(403);
		assertThat(send(post("/groups/" + group + "/letter/send"), coordinator).getRedirectedUrl())
			.isEqualTo("/groups/" + group);
		List<NotificationRequested> sent = this.events.stream(NotificationRequested.class)
			.filter((n) -> n.messageKey().equals("nwg.notification.letter"))
			.filter((n) -> n.link().equals("/groups/" + group + "/letter"))
			.toList();
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).recipients()).contains(focalPoint.getId());
		assertThat(sent.get(0).arguments()).containsExactly("Letter group " + tag, "state:SN");
		assertThat(this.audit.historyOf("nationalGroup", String.valueOf(group))).extracting((e) -> e.getAction())
			.contains("group.letterSent");
		MockHttpSession focal = signIn(focalPoint);
		assertThat(send(get("/groups/" + group + "/letter?lang=fr"), focal).getStatus()).isEqualTo(200);
		assertThat(send(get("/groups/" + group), focal).getStatus()).isEqualTo(404);
		assertThat(send(get("/groups/" + group + "/letter"), signIn(account(Role.FOCAL_POINT, "FI"))).getStatus())
			.isEqualTo(404);
	}

	@Test
	void theSameOrganisationInvitedTwiceAtTheSameMomentIsAConflictNotAServerError() throws Exception {
		String tag = tag();
		verifiedOrganisation("Race founders " + tag, tag + "a", "SN", true);
		Organisation invited = verifiedOrganisation("Race invited " + tag, tag + "b", "SN", true);
		long group = createGroup(signIn(tag + "a"), "Race group " + tag, "SN", false);
		// Another request has inserted the invitation and not yet committed when this one
		// looks: it sees no invitation, inserts one, and waits for the first to commit.
		try (Connection first = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			try (PreparedStatement insert = first.prepareStatement("insert into national_group_member "
					+ "(group_id, organisation_id, status, invited_at, version) values (?, ?, 'INVITED', ?, 0)")) {
				insert.setLong(1, group);
				insert.setLong(2, invited.getId());
				insert.setTimestamp(3, java.sql.Timestamp.from(java.time.Instant.now()));
				insert.executeUpdate();
			}
			CompletableFuture<Void> second = CompletableFuture
				.runAsync(() -> this.groups.invite(tag + "a", group, invited.getId()));
			// On a loaded machine the other request may take seconds to reach its insert:
			// a short limit failed the test with nothing wrong.
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> second.isDone() || blockedSessions() > 0);
			first.commit();
			assertThatThrownBy(second::join).hasCauseInstanceOf(ConcurrentEditException.class);
		}
		// One invitation stands; the organisation is invited once.
		assertThat(this.groups.space(group, tag + "a").members()).extracting((m) -> m.organisation().getId())
			.containsOnlyOnce(invited.getId());
	}

	private int blockedSessions() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
			String sql = postgres ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
					: "select count(*) from information_schema.sessions where blocker_id is not null";
			try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	// --- joint input and files of input

	@Test
	void aGroupSubmitsJointInputThatItsMembersFollowAndStatesSeeUnderTheGroupsName() throws Exception {
		Stage stage = new Stage("SN", "DK");
		String tag = stage.tag;
		verifiedOrganisation("Joint One " + tag, tag + "a", "SN", true);
		Organisation second = verifiedOrganisation("Joint Two " + tag, tag + "b", "SN", true);
		verifiedOrganisation("Solo " + tag, tag + "c", "SN", true);
		MockHttpSession a = signIn(tag + "a");
		MockHttpSession b = signIn(tag + "b");
		MockHttpSession c = signIn(tag + "c");
		long group = createGroup(a, "Joint coalition " + tag, "SN", false);
		send(post("/groups/" + group + "/invitations").param("organisationId", String.valueOf(second.getId())), a);
		send(post("/groups/" + group + "/accept"), b);

		String form = send(get("/reviews/" + stage.review.getId() + "/input"), a).getContentAsString();
		assertThat(form).contains("The working group Joint coalition " + tag + " (joint input)");
		long input = submit(stage, a, "Joint analysis " + tag, "REVIEW_STATES", false, group);
		// Not a member: no joint input for that group.
		MockHttpServletResponse refused = send(
				input(stage, "Borrowed name " + tag, "REVIEW_STATES", false).param("group", String.valueOf(group)), c);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("only for a group of the reviewed country");

		// Every member follows it; the group's space lists it.
		assertThat(send(get("/organisation/inputs/" + input), b).getStatus()).isEqualTo(200);
		assertThat(send(get("/organisation/inputs/" + input), c).getStatus()).isEqualTo(404);
		assertThat(send(get("/groups/" + group), b).getContentAsString()).contains("Joint analysis " + tag);

		MockHttpSession secretariat = signIn(Role.SECRETARIAT);
		assertThat(send(get("/admin/inputs"), secretariat).getContentAsString())
			.contains("Joint coalition " + tag + " (Joint One " + tag + ")");
		change(secretariat, input, "SHARE");
		String statesSee = send(get("/reviews/" + stage.review.getId()), signIn(stage.reviewerExpert))
			.getContentAsString();
		assertThat(statesSee).contains("Joint analysis " + tag)
			.contains("Joint coalition " + tag)
			.doesNotContain("Joint One " + tag);
		assertThat(this.events.stream(NotificationRequested.class)
			.filter((n) -> n.link().equals("/organisation/inputs/" + input))
			.toList()).isNotEmpty();
	}

	@Test
	void filesOfInputNeverRevealAWithheldOrganisationAndReachOnlyThoseWhoMayReadTheInput() throws Exception {
		Stage stage = new Stage("CR", "FI");
		String tag = stage.tag;
		String named = "Open Files " + tag;
		String hidden = "Hidden Files " + tag;
		verifiedOrganisation(named, tag + "a", "KE", true);
		verifiedOrganisation(hidden, tag + "b", "KE", true);
		MockHttpSession namedMember = signIn(tag + "a");
		MockHttpSession hiddenMember = signIn(tag + "b");
		long publicInput = submit(stage, namedMember, "Public file input " + tag, "PUBLIC", false, null);
		long withheld = submit(stage, hiddenMember, "Withheld file input " + tag, "REVIEW_STATES", true, null);
		long secret = submit(stage, hiddenMember, "Secret file input " + tag, "SECRETARIAT_ONLY", false, null);
		attach(namedMember, publicInput, "open-report.pdf", PDF);
		attach(hiddenMember, withheld, hidden + " testimony.txt",
				("Testimony " + tag).getBytes(StandardCharsets.UTF_8));
		attach(hiddenMember, secret, hidden + " secret.txt", ("Secret " + tag).getBytes(StandardCharsets.UTF_8));
		// Type from the content, and only the organisation's own input.
		assertThat(flash(multipart("/organisation/inputs/" + withheld + "/files")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", PNG)), hiddenMember).get("error"))
			.isEqualTo("documents.error.fileType");
		assertThat(send(
				multipart("/organisation/inputs/" + withheld + "/files").file(
						new MockMultipartFile("file", "x.txt", "text/plain", "mine".getBytes(StandardCharsets.UTF_8))),
				namedMember)
			.getStatus()).isEqualTo(404);
		MockHttpSession secretariat = signIn(Role.SECRETARIAT);
		change(secretariat, publicInput, "SHARE");
		change(secretariat, withheld, "SHARE");
		// Moved on: no more files.
		assertThat(flash(multipart("/organisation/inputs/" + withheld + "/files")
			.file(new MockMultipartFile("file", "late.txt", "text/plain", "late".getBytes(StandardCharsets.UTF_8))),
				hiddenMember)
			.get("error")).isEqualTo("civilsociety.error.transition");

		String review = "/reviews/" + stage.review.getId();
		String withheldFile = fileLink(send(get(review), hiddenMember).getContentAsString(), withheld);
		String secretFile = fileLink(send(get(review), hiddenMember).getContentAsString(), secret);
		String publicFile = fileLink(send(get(review), null).getContentAsString(), publicInput);

		MockHttpSession surExpert = signIn(stage.surExpert);
		MockHttpSession reviewerExpert = signIn(stage.reviewerExpert);
		Map<String, MockHttpSession> readers = new LinkedHashMap<>();
		readers.put("anonymous", null);
		readers.put("State under review", surExpert);
		readers.put("reviewing State", reviewerExpert);
		readers.put("another organisation", namedMember);
		readers.put("Extended Bureau", signIn(Role.BUREAU));
		readers.put("outside expert", signIn(Role.EXPERT));
		for (Map.Entry<String, MockHttpSession> reader : readers.entrySet()) {
			boolean state = reader.getValue() == surExpert || reader.getValue() == reviewerExpert;
			for (String path : List.of(review, "/api/reviews/" + stage.review.getId() + "/inputs", "/parties/CR",
					"/api/groups", "/dialogues", "/library", withheldFile, secretFile, publicFile,
					"/inputs/" + secret + "/files/99999999")) {
				MockHttpServletResponse response = send(get(path), reader.getValue());
				String body = response.getContentAsString();
				String disposition = String.valueOf(response.getHeader("Content-Disposition"));
				assertThat(body + disposition).as(reader.getKey() + " on " + path)
					.doesNotContain(hidden)
					.doesNotContain("Secret " + tag);
				assertThat(response.getStatus()).as(reader.getKey() + " on " + path).isLessThan(500);
			}
			// The secretariat-only file: the same 404 as a file that does not exist.
			assertThat(send(get(secretFile), reader.getValue()).getStatus()).as(reader.getKey()).isEqualTo(404);
			MockHttpServletResponse file = send(get(withheldFile), reader.getValue());
			if (state) {
				assertThat(file.getStatus()).as(reader.getKey()).isEqualTo(200);
				assertThat(file.getHeader("Content-Disposition")).contains("input-" + withheld + "-1.txt");
				assertThat(file.getContentAsString()).isEqualTo("Testimony " + tag);
			}
			else {
				assertThat(file.getStatus()).as(reader.getKey()).isEqualTo(404);
			}
			assertThat(send(get(publicFile), reader.getValue()).getStatus()).as(reader.getKey()).isEqualTo(200);
		}
		// The organisation and the secretariat see its own file names.
		assertThat(send(get(withheldFile), hiddenMember).getHeader("Content-Disposition")).contains("testimony.txt");
		assertThat(send(get(secretFile), secretariat).getStatus()).isEqualTo(200);
		assertThat(send(get(review), null).getContentAsString()).contains("open-report.pdf");
		assertThat(send(get(publicFile), null).getContentAsByteArray()).isEqualTo(PDF);
	}

	// --- dialogues

	@Test
	void anOrganisationThatChoseNotToBeListedIsNamedAtADialogueOnlyToTheSecretariatAndTheBureau() throws Exception {
		String tag = tag();
		Organisation unlisted = verifiedOrganisation("Unlisted Voices " + tag, tag + "u", "KE", false);
		verifiedOrganisation("Listed Voices " + tag, tag + "l", "KE", true);
		long dialogue = schedule("Dialogue on trafficking " + tag);
		apply(signIn(tag + "u"), dialogue);
		apply(signIn(tag + "l"), dialogue);
		this.clock.advance(Duration.ofDays(11));
		this.dialogues.settleDue();
		MockHttpSession secretariat = signIn(Role.SECRETARIAT);
		long application = this.dialogues.applications(dialogue)
			.stream()
			.filter((a) -> a.application().getOrganisationId().equals(unlisted.getId()))
			.findFirst()
			.orElseThrow()
			.application()
			.getId();
		ConstructiveDialogue scheduled = this.dialogues.dialogue(dialogue);
		send(post("/admin/dialogues/" + dialogue + "/speakers").param("applicationId", String.valueOf(application))
			.param("speaker", "Speaker " + tag)
			.param("startsAt", LocalDateTime.of(scheduled.getStartsOn(), java.time.LocalTime.of(10, 0)).toString())
			.param("minutes", "5"), secretariat);
		send(post("/dialogues/" + dialogue + "/statements").param("title", "Unlisted statement " + tag)
			.param("body", "Text"), signIn(tag + "u"));

		Map<String, MockHttpSession> publicReaders = new LinkedHashMap<>();
		publicReaders.put("anonymous", null);
		publicReaders.put("another organisation", signIn(tag + "l"));
		publicReaders.put("focal point", signIn(Role.FOCAL_POINT));
		publicReaders.put("expert", signIn(Role.EXPERT));
		for (Map.Entry<String, MockHttpSession> reader : publicReaders.entrySet()) {
			String page = send(get("/dialogues/" + dialogue), reader.getValue()).getContentAsString();
			assertThat(page).as(reader.getKey())
				.doesNotContain("Unlisted Voices " + tag)
				.doesNotContain("Speaker " + tag)
				.contains("An organisation (not listed)")
				.contains("Listed Voices " + tag)
				.contains("Unlisted statement " + tag);
			assertThat(send(get("/api/dialogues/" + dialogue), reader.getValue()).getContentAsString())
				.as(reader.getKey())
				.doesNotContain("Unlisted Voices " + tag)
				.doesNotContain("Speaker " + tag)
				.contains("Listed Voices " + tag);
		}
		for (MockHttpSession named : List.of(secretariat, signIn(Role.BUREAU))) {
			assertThat(send(get("/dialogues/" + dialogue), named).getContentAsString())
				.contains("Unlisted Voices " + tag)
				.contains("Speaker " + tag);
		}
	}

	// --- the policy's table

	@Test
	void thePolicyDecidesDialogueAndGroupActionsForEveryKindOfPerson() {
		for (Role role : Role.values()) {
			Who who = new Who(role, false, false, null, false);
			assertThat(CivilSocietyPolicy.decide(who, DialogueAction.SEE_APPLICATIONS)).as(role.name())
				.isEqualTo(role == Role.SECRETARIAT || role == Role.BUREAU);
			assertThat(CivilSocietyPolicy.decide(who, DialogueAction.SEE_ALL_NAMES)).as(role.name())
				.isEqualTo(role == Role.SECRETARIAT || role == Role.BUREAU);
			assertThat(CivilSocietyPolicy.decide(who, DialogueAction.OBJECT)).as(role.name())
				.isEqualTo(role == Role.BUREAU);
			assertThat(CivilSocietyPolicy.decide(who, DialogueAction.TAKE_PART)).as(role.name())
				.isEqualTo(role == Role.CIVIL_SOCIETY);
			assertThat(CivilSocietyPolicy.decide(who, GroupAction.READ_SPACE)).as(role.name())
				.isEqualTo(role == Role.SECRETARIAT);
			assertThat(CivilSocietyPolicy.decide(who, GroupAction.CONTRIBUTE)).as(role.name()).isFalse();
		}
		assertThat(CivilSocietyPolicy.decide(Who.NOBODY, GroupAction.READ_SPACE)).isFalse();
		Who member = new Who(Role.CIVIL_SOCIETY, false, true, GroupMember.Status.MEMBER, false);
		Who administrator = new Who(Role.CIVIL_SOCIETY, true, true, GroupMember.Status.MEMBER, false);
		Who coordinator = new Who(Role.CIVIL_SOCIETY, true, true, GroupMember.Status.MEMBER, true);
		Who invited = new Who(Role.CIVIL_SOCIETY, true, true, GroupMember.Status.INVITED, false);
		Who invitedColleague = new Who(Role.CIVIL_SOCIETY, false, true, GroupMember.Status.INVITED, false);
		Who gone = new Who(Role.CIVIL_SOCIETY, true, true, GroupMember.Status.LEFT, false);
		Who unverified = new Who(Role.CIVIL_SOCIETY, true, false, GroupMember.Status.MEMBER, false);
		assertThat(CivilSocietyPolicy.decide(member, GroupAction.READ_SPACE)).isTrue();
		assertThat(CivilSocietyPolicy.decide(member, GroupAction.CONTRIBUTE)).isTrue();
		assertThat(CivilSocietyPolicy.decide(member, GroupAction.COORDINATE)).isFalse();
		assertThat(CivilSocietyPolicy.decide(member, GroupAction.LEAVE)).as("a colleague, not the administrator")
			.isFalse();
		assertThat(CivilSocietyPolicy.decide(administrator, GroupAction.LEAVE)).isTrue();
		assertThat(CivilSocietyPolicy.decide(coordinator, GroupAction.COORDINATE)).isTrue();
		assertThat(CivilSocietyPolicy.decide(coordinator, GroupAction.LEAVE)).isFalse();
		assertThat(CivilSocietyPolicy.decide(invited, GroupAction.READ_SPACE)).isFalse();
		assertThat(CivilSocietyPolicy.decide(invited, GroupAction.ACCEPT)).isTrue();
		assertThat(CivilSocietyPolicy.decide(invitedColleague, GroupAction.ACCEPT)).isFalse();
		assertThat(CivilSocietyPolicy.decide(gone, GroupAction.READ_SPACE)).isFalse();
		assertThat(CivilSocietyPolicy.decide(unverified, GroupAction.READ_SPACE)).isTrue();
		assertThat(CivilSocietyPolicy.decide(unverified, GroupAction.CONTRIBUTE)).isFalse();
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
		return "ng" + System.nanoTime() % 10_000_000;
	}

	private long createGroup(MockHttpSession administrator, String name, String country, boolean publiclyListed)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/groups").param("name", name).param("countryCode", country);
		if (publiclyListed) {
			request.param("publiclyListed", "true");
		}
		String location = send(request, administrator).getRedirectedUrl();
		assertThat(location).startsWith("/groups/");
		return Long.parseLong(location.substring("/groups/".length()));
	}

	private Organisation verifiedOrganisation(String name, String username, String country, boolean listed)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/organisations/register").param("name", name)
			.param("kind", "NGO")
			.param("countryCode", country)
			.param("countriesOfWork", country, "UG")
			.param("ecosocStatus", "NONE")
			.param("instruments", "TIP")
			.param("themes", "TRAFFICKING_IN_PERSONS")
			.param("contactName", "Contact " + username)
			.param("contactEmail", "contact-" + username + "@example.org")
			.param("username", username)
			.param("displayName", "Admin " + username)
			.param("email", username + "@example.org");
		if (listed) {
			request.param("listed", "true");
		}
		assertThat(send(request, null).getStatus()).isEqualTo(200);
		Organisation organisation = this.organisations.all()
			.stream()
			.filter((o) -> o.getName().equals(name))
			.findFirst()
			.orElseThrow();
		this.organisations.verify(organisation.getId(), organisation.getVersion(), "test");
		String body = this.mail.outbox()
			.stream()
			.filter((m) -> m.getRecipient().equals(username + "@example.org") && m.getBody().contains("/invitation/"))
			.findFirst()
			.orElseThrow()
			.getBody();
		Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		this.accounts.acceptInvitation(link.group(1), PASSPHRASE);
		return this.organisations.find(organisation.getId()).orElseThrow();
	}

	private MockHttpServletRequestBuilder input(Stage stage, String title, String reach, boolean withheld) {
		MockHttpServletRequestBuilder request = post("/reviews/" + stage.review.getId() + "/input")
			.param("title", title)
			.param("body", title + " in detail.")
			.param("reach", reach);
		if (withheld) {
			request.param("nameWithheld", "true");
		}
		return request;
	}

	private long submit(Stage stage, MockHttpSession member, String title, String reach, boolean withheld, Long group)
			throws Exception {
		MockHttpServletRequestBuilder request = input(stage, title, reach, withheld);
		if (group != null) {
			request.param("group", String.valueOf(group));
		}
		String location = send(request, member).getRedirectedUrl();
		assertThat(location).startsWith("/organisation/inputs/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void attach(MockHttpSession member, long input, String name, byte[] content) throws Exception {
		FlashMap flash = flash(multipart("/organisation/inputs/" + input + "/files")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content)), member);
		assertThat(flash.get("done")).as(String.valueOf(flash.get("error"))).isEqualTo("nwg.done.attached");
	}

	private static String fileLink(String page, long input) {
		Matcher link = Pattern.compile("/inputs/" + input + "/files/\\d+").matcher(page);
		assertThat(link.find()).as("a file link of input " + input).isTrue();
		return link.group();
	}

	private void change(MockHttpSession secretariat, long input, String action) throws Exception {
		String page = send(get("/admin/inputs/" + input), secretariat).getContentAsString();
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
		assertThat(version.find()).isTrue();
		FlashMap flash = flash(
				post("/admin/inputs/" + input + "/status").param("version", version.group(1)).param("action", action),
				secretariat);
		assertThat(flash.get("error")).isNull();
	}

	private long schedule(String title) throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		MockHttpServletResponse response = send(post("/admin/dialogues").param("title", title)
			.param("theme", "TRAFFICKING_IN_PERSONS")
			.param("startsOn", today.plusDays(30).toString())
			.param("endsOn", today.plusDays(31).toString())
			.param("format", "ONLINE")
			.param("applicationDeadline", today.plusDays(14).toString()), signIn(Role.SECRETARIAT));
		assertThat(response.getRedirectedUrl()).startsWith("/admin/dialogues/");
		return Long.parseLong(response.getRedirectedUrl().substring("/admin/dialogues/".length()));
	}

	private void apply(MockHttpSession member, long dialogue) throws Exception {
		assertThat(send(post("/dialogues/" + dialogue + "/applications").param("attendees", "One")
			.param("expertise", "Shelters"), member).getRedirectedUrl()).isEqualTo("/dialogues/" + dialogue);
	}

	private Account account(Role role, String party) {
		String username = tag() + "-" + party.toLowerCase(java.util.Locale.ROOT);
		return this.accounts.createDemoAccount(
				new InvitationForm(username, "Person " + username, username + "@example.org", role, party, null),
				TestAccounts.PASSWORD);
	}

	private MockHttpSession signIn(Role role) throws Exception {
		return signIn(TestAccounts.create(this.accounts, role));
	}

	private MockHttpSession signIn(Account account) throws Exception {
		return signIn(account.getUsername(), TestAccounts.PASSWORD);
	}

	private MockHttpSession signIn(String username) throws Exception {
		return signIn(username, PASSPHRASE);
	}

	/** Signs in through the form, at the application's (moved) time. */
	private MockHttpSession signIn(String username, String password) throws Exception {
		long began = this.clock.millis();
		MockHttpSession session = new MockHttpSession() {
			@Override
			public long getCreationTime() {
				return began;
			}
		};
		String address = "10.89." + (ADDRESSES.get() / 250 % 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
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

	private FlashMap flash(AbstractMockHttpServletRequestBuilder<?> request, MockHttpSession session) throws Exception {
		if (session != null) {
			request.session(session);
		}
		return this.mvc.perform(request.with(csrf())).andReturn().getFlashMap();
	}

	private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, MockHttpSession session)
			throws Exception {
		if (session != null) {
			request.session(session);
		}
		return this.mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

}
