package org.palermo.questionnaires;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.accounts.TokenScope;
import org.palermo.audit.AuditService;
import org.palermo.civilsociety.Organisation;
import org.palermo.civilsociety.OrganisationKind;
import org.palermo.civilsociety.OrganisationService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.NamingForm;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewRole;
import org.palermo.cycle.Reviewer;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The questionnaire as its people use it, each signed in through the real form (or with a
 * bearer token): who may read and write, the conflict of two saves, submission and
 * reopening. Each test opens its own review on cluster III for a State no other test
 * reviews.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class QuestionnaireIntegrationTests {

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
	private AuditService audit;

	@Autowired
	private ApplicationEvents events;

	/** One review in the self-assessment and its people. */
	private final class Cast {

		final CountryReview review;

		final Map<String, Account> who = new LinkedHashMap<>();

		Cast(String sur, String reviewer) {
			this(sur, reviewer, ThematicCluster.III);
		}

		Cast(String sur, String reviewer, ThematicCluster cluster) {
			this.review = cycle.openReview(sur, cluster, 2, LocalDate.now().minusDays(10),
					List.of(new Reviewer(reviewer, ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))), null);
			String tag = "q" + sur.toLowerCase() + System.nanoTime() % 100000;
			this.who.put("secretariat", account(tag + "-sec", Role.SECRETARIAT, null, null));
			this.who.put("surFocalPoint", account(tag + "-fp", Role.FOCAL_POINT, sur, null));
			this.who.put("surExpert", account(tag + "-ex", Role.EXPERT, sur, null));
			this.who.put("surExpert2", account(tag + "-ex2", Role.EXPERT, sur, null));
			this.who.put("surObserver", account(tag + "-ob", Role.OBSERVER, sur, null));
			this.who.put("reviewerFocalPoint", account(tag + "-rfp", Role.FOCAL_POINT, reviewer, null));
			this.who.put("reviewerExpert", account(tag + "-rex", Role.EXPERT, reviewer, null));
			this.who.put("otherFocalPoint", account(tag + "-ofp", Role.FOCAL_POINT, "JM", null));
			this.who.put("civilSociety", account(tag + "-cs", Role.CIVIL_SOCIETY, null, 1L));
			as(this.who.get("secretariat"));
			name(sur, ReviewRole.FOCAL_POINT, "surFocalPoint");
			name(reviewer, ReviewRole.FOCAL_POINT, "reviewerFocalPoint");
			as(this.who.get("surFocalPoint"));
			name(null, ReviewRole.EXPERT, "surExpert");
			name(null, ReviewRole.EXPERT, "surExpert2");
			name(null, ReviewRole.OBSERVER, "surObserver");
			as(this.who.get("reviewerFocalPoint"));
			name(null, ReviewRole.EXPERT, "reviewerExpert");
			as(this.who.get("secretariat"));
			cycle.advance(this.review.getId(), cycle.review(this.review.getId()).getVersion());
			SecurityContextHolder.clearContext();
		}

		private void name(String party, ReviewRole role, String person) {
			people.name(this.review.getId(),
					new NamingForm(party, role, this.who.get(person).getUsername(), null, null, null,
							(role == ReviewRole.FOCAL_POINT) ? "NV/1" : null,
							(role == ReviewRole.FOCAL_POINT) ? LocalDate.now().minusDays(3) : null));
		}

		long id() {
			return this.review.getId();
		}

		String api() {
			return "/api/reviews/" + id() + "/questionnaire";
		}

		MockHttpSession session(String what) throws Exception {
			return signIn(this.who.get(what).getUsername(), PASSWORD);
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

	private MockHttpSession signIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).session(session))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		return session;
	}

	private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, MockHttpSession session)
			throws Exception {
		if (session != null) {
			request.session(session);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static MockHttpServletRequestBuilder answer(String path, String json) {
		return put(path).contentType(MediaType.APPLICATION_JSON).content(json).with(csrf());
	}

	private static String firstStatusQuestion(String questionnaireJson) {
		List<String> ids = JsonPath.read(questionnaireJson, "$.sections[0].questions[?(@.kind == 'STATUS')].id");
		return ids.get(0);
	}

	private static String firstQuestionOfKind(String questionnaireJson, String kind) {
		List<String> ids = JsonPath.read(questionnaireJson, "$.sections[0].questions[?(@.kind == '" + kind + "')].id");
		return ids.get(0);
	}

	@Test
	void theQuestionnaireCoversTheInstrumentsTheStateIsPartyToArticleByArticle() throws Exception {
		Cast cast = new Cast("MX", "SE");
		String json = send(get(cast.api()), cast.session("surExpert")).getContentAsString();
		List<String> instruments = JsonPath.read(json, "$.sections[*].instrument");
		assertThat(instruments).contains("UNTOC", "TIP", "SOM", "FA");
		List<String> kinds = JsonPath.read(json, "$.sections[0].questions[*].kind");
		assertThat(kinds).containsExactly("STATUS", "EXPLANATION", "LEGISLATION", "EXAMPLES", "CHALLENGES",
				"NEEDS_TYPES", "NEEDS");
		assertThat(JsonPath.<String>read(json, "$.sections[0].questions[0].id")).endsWith("-STATUS");
		assertThat(JsonPath.<Integer>read(json, "$.templateVersion")).isEqualTo(1);
	}

	@Test
	void onlyTheStateUnderReviewsDraftersWriteAndReviewersReadNothingBeforeSubmission() throws Exception {
		Cast cast = new Cast("KH", "PT");
		MockHttpSession expert = cast.session("surExpert");
		String json = send(get(cast.api()), expert).getContentAsString();
		String status = firstStatusQuestion(json);
		assertThat(send(answer(cast.api() + "/answers/" + status, "{\"value\":\"YES_IN_PART\"}"), expert).getStatus())
			.isEqualTo(200);
		// A reviewing State before submission: the questions, no answer.
		for (String reviewer : List.of("reviewerExpert", "reviewerFocalPoint")) {
			MockHttpServletResponse seen = send(get(cast.api()), cast.session(reviewer));
			assertThat(seen.getStatus()).as(reviewer).isEqualTo(200);
			assertThat(seen.getContentAsString()).as(reviewer)
				.contains(status)
				.doesNotContain("YES_IN_PART")
				.doesNotContain("\"answer\"");
			assertThat(send(answer(cast.api() + "/answers/" + status, "{\"value\":\"NO\",\"version\":1}"),
					cast.session(reviewer))
				.getStatus()).as(reviewer + " writing").isEqualTo(403);
			assertThat(send(get("/reviews/" + cast.id() + "/questionnaire/questions/" + status), cast.session(reviewer))
				.getContentAsString()).doesNotContain("YES_IN_PART");
		}
		// An observer reads but never writes.
		MockHttpSession observer = cast.session("surObserver");
		assertThat(send(get(cast.api()), observer).getContentAsString()).contains("YES_IN_PART");
		assertThat(send(answer(cast.api() + "/answers/" + status, "{\"value\":\"NO\",\"version\":1}"), observer)
			.getStatus()).isEqualTo(403);
		assertThat(send(get("/reviews/" + cast.id() + "/questionnaire"), observer).getContentAsString())
			.doesNotContain("answer-form");
		// A focal point of another State, an organisation not invited: nothing at all.
		for (String outsider : List.of("otherFocalPoint", "civilSociety")) {
			MockHttpSession session = cast.session(outsider);
			assertThat(send(get(cast.api()), session).getStatus()).as(outsider).isEqualTo(403);
			assertThat(send(get("/reviews/" + cast.id() + "/questionnaire"), session).getStatus()).as(outsider)
				.isEqualTo(403);
			assertThat(send(answer(cast.api() + "/answers/" + status, "{\"value\":\"NO\",\"version\":1}"), session)
				.getStatus()).as(outsider).isEqualTo(403);
			assertThat(send(post(cast.api() + "/submit").with(csrf()), session).getStatus()).as(outsider)
				.isEqualTo(403);
		}
		// Only the State under review's focal point submits.
		for (String notFocalPoint : List.of("surExpert", "reviewerFocalPoint", "secretariat")) {
			assertThat(send(post(cast.api() + "/submit").with(csrf()), cast.session(notFocalPoint)).getStatus())
				.as(notFocalPoint)
				.isEqualTo(403);
		}
		assertThat(send(get(cast.api()), null).getStatus()).isEqualTo(401);
		assertThat(send(answer(cast.api() + "/answers/" + status, "{\"value\":\"maybe\",\"version\":1}"), expert)
			.getStatus()).as("a status that is not one").isEqualTo(400);
	}

	@Test
	void theSecondOfTwoConcurrentSavesIsRefusedWithBothVersions() throws Exception {
		Cast cast = new Cast("TZ", "CA");
		MockHttpSession one = cast.session("surExpert");
		MockHttpSession two = cast.session("surExpert2");
		String json = send(get(cast.api()), one).getContentAsString();
		String explanation = firstQuestionOfKind(json, "EXPLANATION");
		String path = cast.api() + "/answers/" + explanation;
		MockHttpServletResponse first = send(answer(path, "{\"value\":\"The Penal Code, section 3.\"}"), one);
		assertThat(JsonPath.<Integer>read(first.getContentAsString(), "$.answer.version")).isEqualTo(1);
		// Both read version 1; the first to save wins, the second is refused.
		assertThat(send(answer(path, "{\"value\":\"Section 3 and section 4.\",\"version\":1}"), one).getStatus())
			.isEqualTo(200);
		MockHttpServletResponse second = send(answer(path, "{\"value\":\"Only section 5.\",\"version\":1}"), two);
		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentType()).startsWith("application/problem+json");
		String conflict = second.getContentAsString();
		assertThat(JsonPath.<String>read(conflict, "$.yours.value")).isEqualTo("Only section 5.");
		assertThat(JsonPath.<String>read(conflict, "$.theirs.value")).isEqualTo("Section 3 and section 4.");
		assertThat(JsonPath.<Integer>read(conflict, "$.theirs.version")).isEqualTo(2);
		// The same through the page: both versions side by side, the writer's text kept.
		MockHttpServletResponse page = send(post("/reviews/" + cast.id() + "/questionnaire/answers/" + explanation)
			.param("value", "Only section 5, on the page.")
			.param("version", "1")
			.with(csrf()), two);
		assertThat(page.getStatus()).isEqualTo(409);
		assertThat(page.getContentAsString()).contains("Section 3 and section 4.")
			.contains("Only section 5, on the page.");
		// Merged on the newest version, it saves; every version is kept with a diff.
		MockHttpServletResponse merged = send(post("/reviews/" + cast.id() + "/questionnaire/answers/" + explanation)
			.param("value", "Section 3, section 4 and section 5.")
			.param("version", "2")
			.with(csrf()), two);
		assertThat(merged.getStatus()).isEqualTo(302);
		String history = send(get("/reviews/" + cast.id() + "/questionnaire/questions/" + explanation), one)
			.getContentAsString();
		assertThat(history).contains("The Penal Code, section 3.")
			.contains("<span class=\"diff-removed\">4.</span><span class=\"diff-added\">5.</span>");
	}

	@Test
	void submissionFreezesTheAnswersTellsTheReviewersAndOnlyTheSecretariatReopens() throws Exception {
		Cast cast = new Cast("ZM", "NZ");
		String token = this.accounts.createToken(cast.who.get("surExpert").getUsername(), "cli", TokenScope.READ_WRITE,
				1, null);
		String json = send(get(cast.api()).header("Authorization", "Bearer " + token), null).getContentAsString();
		String status = firstStatusQuestion(json);
		MockHttpServletResponse saved = send(
				put(cast.api() + "/answers/" + status).contentType(MediaType.APPLICATION_JSON)
					.content("{\"value\":\"YES\"}")
					.header("Authorization", "Bearer " + token),
				null);
		assertThat(saved.getStatus()).as("a bearer token needs no CSRF token").isEqualTo(200);
		MockHttpSession focalPoint = cast.session("surFocalPoint");
		MockHttpServletResponse submitted = send(post(cast.api() + "/submit").with(csrf()), focalPoint);
		assertThat(submitted.getStatus()).isEqualTo(200);
		assertThat(submitted.getContentAsString()).contains("\"status\":\"SUBMITTED\"");
		assertThat(this.events.stream(NotificationRequested.class)
			.filter((n) -> n.kind() == NotificationKind.SUBMITTED)
			.filter((n) -> n.link().equals("/reviews/" + cast.id() + "/questionnaire"))
			.findFirst())
			.hasValueSatisfying((n) -> assertThat(n.recipients()).containsExactlyInAnyOrder(
					cast.who.get("reviewerFocalPoint").getId(), cast.who.get("reviewerExpert").getId()));
		// Frozen: no save, no second submission.
		assertThat(send(put(cast.api() + "/answers/" + status).contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"NO\",\"version\":1}")
			.header("Authorization", "Bearer " + token), null).getStatus()).isIn(400, 403);
		// The reviewers read the answers once the cycle recorded the submission.
		MockHttpSession reviewer = cast.session("reviewerExpert");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(send(get(cast.api()), reviewer).getContentAsString())
				.contains("\"value\":\"YES\""));
		assertThat(send(get("/reviews/" + cast.id()), reviewer).getContentAsString()).contains("/questionnaire");
		// Only the secretariat reopens, with a reason, audited.
		assertThat(send(post("/reviews/" + cast.id() + "/questionnaire/reopen").param("reason", "typo").with(csrf()),
				focalPoint)
			.getStatus()).isEqualTo(403);
		MockHttpSession secretariat = cast.session("secretariat");
		assertThat(send(
				post("/reviews/" + cast.id() + "/questionnaire/reopen").param("reason", "A wrong figure").with(csrf()),
				secretariat)
			.getStatus()).isEqualTo(302);
		assertThat(this.audit.historyOf("questionnaire",
				String.valueOf(this.questionnaires.find(cast.id()).orElseThrow().getId())))
			.anySatisfy((e) -> assertThat(e.getAction()).isEqualTo("questionnaire.reopened"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(send(put(cast.api() + "/answers/" + status).contentType(MediaType.APPLICATION_JSON)
						.content("{\"value\":\"NO\",\"version\":1}")
						.header("Authorization", "Bearer " + token), null).getStatus()).isEqualTo(200));
	}

	@Autowired
	private QuestionnaireService questionnaires;

	@Test
	void theFocalPointAssignsSectionsAndTheTeamCommentsInThreadsItResolves() throws Exception {
		Cast cast = new Cast("BJ", "BR");
		MockHttpSession focalPoint = cast.session("surFocalPoint");
		String json = send(get(cast.api()), focalPoint).getContentAsString();
		String section = JsonPath.read(json, "$.sections[0].id");
		String status = firstStatusQuestion(json);
		long expertId = cast.who.get("surExpert").getId();
		assertThat(send(post("/reviews/" + cast.id() + "/questionnaire/assignments").param("section", section)
			.param("account", String.valueOf(expertId))
			.with(csrf()), cast.session("surExpert")).getStatus()).as("an expert does not assign").isEqualTo(403);
		assertThat(send(post("/reviews/" + cast.id() + "/questionnaire/assignments").param("section", section)
			.param("account", String.valueOf(expertId))
			.with(csrf()), focalPoint).getStatus()).isEqualTo(302);
		assertThat(this.events.stream(NotificationRequested.class)
			.filter((n) -> n.kind() == NotificationKind.ASSIGNED && n.recipients().contains(expertId))
			.count()).isEqualTo(1);
		MockHttpSession expert = cast.session("surExpert");
		String base = "/reviews/" + cast.id() + "/questionnaire/questions/" + status;
		send(post(base + "/comments").param("body", "Is the 2019 amendment in force?").with(csrf()), focalPoint);
		List<Comment> comments = this.questionnaires.comments(cast.id(), status,
				cast.who.get("surFocalPoint").getUsername());
		assertThat(comments).hasSize(1);
		send(post(base + "/comments").param("body", "Yes, since March.")
			.param("parent", String.valueOf(comments.get(0).getId()))
			.with(csrf()), expert);
		// The reply tells the thread's earlier writer, naming the question, never the
		// text.
		Long focalPointId = cast.who.get("surFocalPoint").getId();
		assertThat(this.events.stream(NotificationRequested.class)
			.filter((n) -> n.kind() == NotificationKind.COMMENT && n.recipients().contains(focalPointId))
			.toList()).singleElement().satisfies((n) -> {
				assertThat(n.arguments()).contains(status).noneMatch((a) -> a.contains("since March"));
				assertThat(n.recipients()).doesNotContain(cast.who.get("surExpert").getId());
			});
		// A mention tells the person named, if they may read the comments.
		send(post(base + "/comments")
			.param("body",
					"@" + cast.who.get("surExpert").getUsername() + " and @"
							+ cast.who.get("reviewerExpert").getUsername() + ", see the 2019 text")
			.with(csrf()), focalPoint);
		assertThat(this.events.stream(NotificationRequested.class)
			.filter((n) -> n.kind() == NotificationKind.COMMENT
					&& n.recipients().contains(cast.who.get("surExpert").getId()))
			.toList()).singleElement()
			.satisfies((n) -> assertThat(n.recipients()).doesNotContain(cast.who.get("reviewerExpert").getId()));
		assertThat(send(post(base + "/comments").param("body", "Not mine to say.").with(csrf()),
				cast.session("surObserver"))
			.getStatus()).as("an observer does not comment").isEqualTo(403);
		send(post("/reviews/" + cast.id() + "/questionnaire/comments/" + comments.get(0).getId() + "/resolve")
			.with(csrf()), focalPoint);
		String page = send(get(base), expert).getContentAsString();
		assertThat(page).contains("Is the 2019 amendment in force?")
			.contains("Yes, since March.")
			.contains("Resolved by");
		assertThat(send(get(base), cast.session("reviewerExpert")).getContentAsString())
			.doesNotContain("Is the 2019 amendment in force?");
	}

	@Test
	void theDemoExpertAnswersTheKenyaQuestionnaireThroughTheApi() throws Exception {
		long kenya = this.cycle.reviewsOf("KE")
			.stream()
			.filter((r) -> r.getCluster() == ThematicCluster.I)
			.findFirst()
			.orElseThrow()
			.getId();
		MockHttpSession expert = signIn("expert", "demo");
		String api = "/api/reviews/" + kenya + "/questionnaire";
		String json = send(get(api), expert).getContentAsString();
		String challenges = firstQuestionOfKind(json, "CHALLENGES");
		List<Integer> versions = JsonPath.read(json,
				"$.sections[0].questions[?(@.id == '" + challenges + "')].answer.version");
		String body = "{\"value\":\"Few convictions so far.\""
				+ (versions.isEmpty() ? "" : ",\"version\":" + versions.get(0)) + "}";
		MockHttpServletResponse saved = send(answer(api + "/answers/" + challenges, body), expert);
		assertThat(saved.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<String>read(saved.getContentAsString(), "$.answer.value"))
			.isEqualTo("Few convictions so far.");
	}

	private static byte[] editXlsx(byte[] file, Map<String, String> answers) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet("Questionnaire");
			for (Row row : sheet) {
				String id = row.getCell(0).getStringCellValue();
				if (answers.containsKey(id)) {
					row.getCell(5).setCellValue(answers.get(id));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] editDocx(byte[] file, String questionId, String answer) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable table = document.getTables().get(0);
			for (XWPFTableRow row : table.getRows()) {
				if (row.getCell(0).getText().equals(questionId)) {
					XWPFTableCell cell = row.getCell(3);
					while (cell.getParagraphs().size() > 1) {
						cell.removeParagraph(1);
					}
					cell.getParagraphs().get(0).getRuns().forEach((run) -> run.setText("", 0));
					cell.getParagraphs().get(0).createRun().setText(answer);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private String valueOf(String questionnaireJson, String questionId) {
		List<String> values = JsonPath.read(questionnaireJson,
				"$.sections[*].questions[?(@.id == '" + questionId + "')].answer.value");
		return values.isEmpty() ? null : values.get(0);
	}

	@Test
	void exportingEditingOfflineAndImportingGivesTheSameAnswersAndNeverOverwritesANewerOnlineEdit() throws Exception {
		Cast cast = new Cast("CO", "JP");
		MockHttpSession expert = cast.session("surExpert");
		String json = send(get(cast.api()), expert).getContentAsString();
		String status = firstQuestionOfKind(json, "STATUS");
		String explanation = firstQuestionOfKind(json, "EXPLANATION");
		String needs = firstQuestionOfKind(json, "NEEDS");
		String challenges = firstQuestionOfKind(json, "CHALLENGES");
		String examples = firstQuestionOfKind(json, "EXAMPLES");
		send(answer(cast.api() + "/answers/" + status, "{\"value\":\"YES\"}"), expert);
		send(answer(cast.api() + "/answers/" + explanation, "{\"value\":\"Line one.\\nLine two.\"}"), expert);
		MockHttpServletResponse exported = send(get("/reviews/" + cast.id() + "/questionnaire/export.xlsx"), expert);
		assertThat(exported.getStatus()).isEqualTo(200);
		assertThat(exported.getHeader("Content-Disposition")).contains(".xlsx");
		Map<String, String> offline = new LinkedHashMap<>();
		offline.put(status, "NO");
		offline.put(explanation, "Changed offline.\nSecond line.");
		offline.put(needs, "Training for judges.");
		byte[] filled = editXlsx(exported.getContentAsByteArray(), offline);
		// Meanwhile, a colleague answers online a question the file leaves empty.
		send(answer(cast.api() + "/answers/" + challenges, "{\"value\":\"Online edit.\"}"), cast.session("surExpert2"));
		MockMultipartFile upload = new MockMultipartFile("file", "filled.xlsx", "application/octet-stream", filled);
		MockHttpServletResponse preview = send(
				multipart("/reviews/" + cast.id() + "/questionnaire/import").file(upload).with(csrf()), expert);
		assertThat(preview.getStatus()).isEqualTo(200);
		assertThat(preview.getContentAsString()).contains("Changed offline.")
			.contains("Training for judges.")
			.contains("Changed online since the file was downloaded");
		assertThat(valueOf(send(get(cast.api()), expert).getContentAsString(), status)).as("nothing applied yet")
			.isEqualTo("YES");
		String changes = send(multipart(cast.api() + "/import").file(upload).with(csrf()), expert).getContentAsString();
		List<Map<String, Object>> rows = JsonPath.read(changes, "$[*]");
		assertThat(rows).extracting((r) -> r.get("questionKey"))
			.containsExactlyInAnyOrder(status, explanation, needs, challenges);
		MockHttpServletRequestBuilder apply = post("/reviews/" + cast.id() + "/questionnaire/import/apply")
			.with(csrf());
		for (Map<String, Object> row : rows) {
			apply.param("question", (String) row.get("questionKey"))
				.param("value", (String) row.get("fileValue"))
				.param("version", String.valueOf(row.get("onlineVersion")));
			if (!(Boolean) row.get("conflict")) {
				apply.param("apply", (String) row.get("questionKey"));
			}
		}
		assertThat(send(apply, expert).getStatus()).isEqualTo(302);
		String after = send(get(cast.api()), expert).getContentAsString();
		offline.forEach((question, value) -> assertThat(valueOf(after, question)).as(question).isEqualTo(value));
		assertThat(valueOf(after, challenges)).as("the newer online edit stays").isEqualTo("Online edit.");
		// The same round trip through Word.
		byte[] docx = send(get(cast.api() + "/export.docx"), expert).getContentAsByteArray();
		byte[] edited = editDocx(docx, examples, "Three convictions in 2024.");
		String docxChanges = send(multipart(cast.api() + "/import")
			.file(new MockMultipartFile("file", "filled.docx", "application/octet-stream", edited))
			.with(csrf()), expert).getContentAsString();
		assertThat(JsonPath.<List<String>>read(docxChanges, "$[*].questionKey")).containsExactly(examples);
		send(answer(cast.api() + "/answers/" + examples, "{\"value\":\"Three convictions in 2024.\"}"), expert);
		String unchanged = send(multipart(cast.api() + "/import")
			.file(new MockMultipartFile("file", "filled.docx", "application/octet-stream", edited))
			.with(csrf()), expert).getContentAsString();
		assertThat(unchanged).as("the file now gives the same answers as online").isEqualTo("[]");
	}

	@Test
	void aBadFileIsRefusedSayingWhereAndNothingChanges() throws Exception {
		Cast cast = new Cast("PA", "KR");
		MockHttpSession expert = cast.session("surExpert");
		byte[] exported = send(get(cast.api() + "/export.xlsx"), expert).getContentAsByteArray();
		byte[] wrong;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.getSheet("Questionnaire").getRow(2).getCell(0).setCellValue("NOPE-1-STATUS");
			workbook.write(out);
			wrong = out.toByteArray();
		}
		MockHttpServletResponse page = send(multipart("/reviews/" + cast.id() + "/questionnaire/import")
			.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", wrong))
			.with(csrf()), expert);
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(page.getContentAsString()).contains("Row 3: NOPE-1-STATUS is not a question of this questionnaire.");
		MockHttpServletResponse french = send(multipart(cast.api() + "/import")
			.file(new MockMultipartFile("file", "notes.docx", "application/octet-stream", "plain words".getBytes()))
			.header("Accept-Language", "fr")
			.with(csrf()), expert);
		assertThat(french.getStatus()).isEqualTo(400);
		assertThat(JsonPath.<String>read(french.getContentAsString(), "$.detail"))
			.isEqualTo("Ce n’est pas un fichier DOCX ou XLSX exporté de Palermo.");
		assertThat(send(multipart(cast.api() + "/import")
			.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", exported))
			.with(csrf()), cast.session("surObserver")).getStatus()).as("an observer imports nothing").isEqualTo(403);
	}

	@Autowired
	private OrganisationService organisations;

	@Test
	void theFocalPointOpensAQuestionToAnOrganisationWhoseInputTheTeamSeesMarked() throws Exception {
		Cast cast = new Cast("UG", "DE");
		Organisation invited = this.organisations.register("Consulted coalition " + cast.id(), OrganisationKind.NGO,
				"UG", null);
		Organisation other = this.organisations.register("Other coalition " + cast.id(), OrganisationKind.NGO, "UG",
				null);
		Account member = account("qcs-in-" + cast.id(), Role.CIVIL_SOCIETY, null, invited.getId());
		Account outsider = account("qcs-out-" + cast.id(), Role.CIVIL_SOCIETY, null, other.getId());
		MockHttpSession focalPoint = cast.session("surFocalPoint");
		String json = send(get(cast.api()), focalPoint).getContentAsString();
		String status = firstStatusQuestion(json);
		send(answer(cast.api() + "/answers/" + status, "{\"value\":\"YES_IN_PART\"}"), focalPoint);
		String open = "/reviews/" + cast.id() + "/questionnaire/questions/" + status + "/consultations";
		assertThat(send(post(open).param("organisation", String.valueOf(invited.getId())).with(csrf()),
				cast.session("surExpert"))
			.getStatus()).as("only the focal point consults").isEqualTo(403);
		assertThat(send(post(open).param("organisation", String.valueOf(invited.getId())).with(csrf()), focalPoint)
			.getStatus()).isEqualTo(302);
		assertThat(this.events.stream(NotificationRequested.class)
			.filter((n) -> n.kind() == NotificationKind.INVITED && n.recipients().contains(member.getId()))
			.count()).isEqualTo(1);
		MockHttpSession civilSociety = signIn(member.getUsername(), PASSWORD);
		assertThat(send(get("/reviews/" + cast.id()), civilSociety).getContentAsString())
			.contains("/questionnaire/consultation");
		String page = send(get("/reviews/" + cast.id() + "/questionnaire/consultation"), civilSociety)
			.getContentAsString();
		assertThat(page).contains(status).doesNotContain("Yes, in part");
		String input = "/reviews/" + cast.id() + "/questionnaire/consultation/" + status;
		assertThat(
				send(post(input).param("body", "Victims are rarely referred to shelters.").with(csrf()), civilSociety)
					.getStatus())
			.isEqualTo(302);
		MockHttpSession uninvited = signIn(outsider.getUsername(), PASSWORD);
		assertThat(send(post(input).param("body", "We were not asked.").with(csrf()), uninvited).getStatus())
			.as("an organisation not invited")
			.isEqualTo(403);
		assertThat(send(get("/reviews/" + cast.id() + "/questionnaire/consultation"), uninvited).getContentAsString())
			.doesNotContain(status);
		String question = "/reviews/" + cast.id() + "/questionnaire/questions/" + status;
		assertThat(send(get(question), cast.session("surExpert")).getContentAsString())
			.contains("Civil society input from Consulted coalition " + cast.id())
			.contains("Victims are rarely referred to shelters.");
		assertThat(send(get(question), cast.session("reviewerFocalPoint")).getContentAsString())
			.doesNotContain("Victims are rarely referred to shelters.");
	}

	/**
	 * PDF text in logical order: presentation forms normalised, yeh-like letters folded.
	 */
	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return fold(Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC));
		}
	}

	private static String fold(String text) {
		return text.replace('\u0649', '\u064A').replace('\u06CC', '\u064A');
	}

	@Test
	void theAnswersArePrintedAsAPdfInArabicAndChineseForThoseWhoReadThemOnly() throws Exception {
		Cast cast = new Cast("QA", "OM");
		MockHttpSession expert = cast.session("surExpert");
		String json = send(get(cast.api()), expert).getContentAsString();
		String status = firstStatusQuestion(json);
		String explanation = firstQuestionOfKind(json, "EXPLANATION");
		String legislation = firstQuestionOfKind(json, "LEGISLATION");
		String arabic = "تجرم التشريعات الوطنية المشاركة في جماعة إجرامية منظمة";
		String chinese = "国家立法将参与有组织犯罪集团定为犯罪";
		assertThat(send(answer(cast.api() + "/answers/" + status, "{\"value\":\"YES_IN_PART\"}"), expert).getStatus())
			.isEqualTo(200);
		assertThat(send(answer(cast.api() + "/answers/" + explanation, "{\"value\":\"" + arabic + "\"}"), expert)
			.getStatus()).isEqualTo(200);
		assertThat(send(answer(cast.api() + "/answers/" + legislation, "{\"value\":\"" + chinese + "\"}"), expert)
			.getStatus()).isEqualTo(200);
		String web = "/reviews/" + cast.id() + "/questionnaire/answers.pdf";

		MockHttpServletResponse inArabic = send(get(web).param("lang", "ar"), expert);
		assertThat(inArabic.getStatus()).isEqualTo(200);
		assertThat(inArabic.getContentType()).isEqualTo("application/pdf");
		assertThat(inArabic.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("UNTOC-RM-1-III-QA-SAQ-ar.pdf");
		String text = pdfText(inArabic.getContentAsByteArray());
		assertThat(text).contains(fold(arabic), chinese, "UNTOC/RM/1/III/QA/SAQ", fold("التوزيع: محدود"));
		MockHttpServletResponse inChinese = send(get(cast.api() + "/answers.pdf").param("lang", "zh"), expert);
		assertThat(inChinese.getStatus()).isEqualTo(200);
		assertThat(pdfText(inChinese.getContentAsByteArray())).contains(fold(arabic), chinese,
				Normalizer.normalize("分发：限制", Normalizer.Form.NFKC), "部分是");
		assertThat(send(get(web).param("lang", "xx"), expert).getStatus()).isEqualTo(400);
		assertThat(send(get("/reviews/" + cast.id() + "/questionnaire"), expert).getContentAsString())
			.contains("/questionnaire/answers.pdf?lang=ar");

		// A reviewing State before submission, an outsider: no PDF, no link.
		for (String refused : List.of("reviewerExpert", "reviewerFocalPoint", "otherFocalPoint")) {
			MockHttpSession session = cast.session(refused);
			assertThat(send(get(web).param("lang", "en"), session).getStatus()).as(refused).isEqualTo(403);
			assertThat(send(get(cast.api() + "/answers.pdf"), session).getStatus()).as(refused).isEqualTo(403);
		}
		MockHttpSession reviewer = cast.session("reviewerExpert");
		assertThat(send(get("/reviews/" + cast.id() + "/questionnaire"), reviewer).getContentAsString())
			.doesNotContain("answers.pdf");

		// Once submitted, the reviewing State reads them.
		assertThat(send(post(cast.api() + "/submit").with(csrf()), cast.session("surFocalPoint")).getStatus())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(send(get(web).param("lang", "en"), reviewer).getStatus()).isEqualTo(200));
		assertThat(pdfText(send(get(web).param("lang", "en"), reviewer).getContentAsByteArray())).contains(chinese,
				"Submitted");
	}

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder attach(
			String path, String name, byte[] content) {
		return multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(csrf());
	}

	private static List<Integer> evidenceIds(String json, String question) {
		return JsonPath.read(json, "$.sections[*].questions[?(@.id == '" + question + "')].evidence[*].id");
	}

	@Test
	void evidenceIsSeenOnlyByThoseWhoMayReadTheAnswersAndItsTypeIsReadFromItsContent() throws Exception {
		Cast cast = new Cast("NP", "HN");
		MockHttpSession expert = cast.session("surExpert");
		String status = firstStatusQuestion(send(get(cast.api()), expert).getContentAsString());
		String question = "/reviews/" + cast.id() + "/questionnaire/questions/" + status;
		// A PDF named like a program: kept as the PDF its content says it is.
		assertThat(send(attach(question + "/evidence", "penal-code.exe", PDF), expert).getStatus()).isEqualTo(302);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Cases").createRow(0).createCell(0).setCellValue("Convictions 2025: 14");
			workbook.write(xlsx);
		}
		assertThat(send(attach(question + "/evidence", "statistics", xlsx.toByteArray()), expert).getStatus())
			.isEqualTo(302);
		String json = send(get(cast.api()), expert).getContentAsString();
		List<Integer> ids = evidenceIds(json, status);
		assertThat(ids).hasSize(2);
		assertThat(JsonPath.<List<String>>read(json,
				"$.sections[*].questions[?(@.id == '" + status + "')].evidence[*].fileName"))
			.containsExactly("penal-code.pdf", "statistics.xlsx");
		assertThat(JsonPath.<List<String>>read(json,
				"$.sections[*].questions[?(@.id == '" + status + "')].evidence[*].mediaType"))
			.containsExactly("application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String file = "/reviews/" + cast.id() + "/questionnaire/evidence/" + ids.get(0);
		String apiFile = cast.api() + "/evidence/" + ids.get(0);
		MockHttpServletResponse download = send(get(file), expert);
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("penal-code.pdf");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(send(get(question), expert).getContentAsString()).contains("penal-code.pdf")
			.contains("statistics.xlsx");
		assertThat(send(get("/reviews/" + cast.id() + "/questionnaire"), expert).getContentAsString())
			.contains("Evidence: 2 file(s)");
		// The observer reads, never attaches nor removes.
		MockHttpSession observer = cast.session("surObserver");
		assertThat(send(get(file), observer).getStatus()).isEqualTo(200);
		assertThat(send(get(question), observer).getContentAsString()).contains("penal-code.pdf")
			.doesNotContain("/evidence/" + ids.get(0) + "/remove")
			.doesNotContain("enctype=\"multipart/form-data\"");
		assertThat(send(attach(question + "/evidence", "more.pdf", PDF), observer).getStatus()).isEqualTo(403);
		assertThat(send(post(file + "/remove").with(csrf()), observer).getStatus()).isEqualTo(403);
		// A reviewing State before submission: refused, nothing listed nor counted.
		MockHttpSession reviewer = cast.session("reviewerExpert");
		assertThat(send(get(file), reviewer).getStatus()).isEqualTo(403);
		assertThat(send(get(apiFile), reviewer).getStatus()).isEqualTo(403);
		assertThat(send(get(cast.api()), reviewer).getContentAsString()).doesNotContain("evidence")
			.doesNotContain("penal-code");
		assertThat(send(get(question), reviewer).getContentAsString()).doesNotContain("penal-code")
			.doesNotContain("statistics.xlsx");
		assertThat(send(get("/reviews/" + cast.id() + "/questionnaire"), reviewer).getContentAsString())
			.doesNotContain("Evidence: 2");
		// Another State's focal point, an organisation: refused.
		for (String outsider : List.of("otherFocalPoint", "civilSociety")) {
			MockHttpSession session = cast.session(outsider);
			assertThat(send(get(file), session).getStatus()).as(outsider).isEqualTo(403);
			assertThat(send(get(apiFile), session).getStatus()).as(outsider).isEqualTo(403);
			assertThat(send(attach(question + "/evidence", "x.pdf", PDF), session).getStatus()).as(outsider)
				.isEqualTo(403);
		}
		// A file of another questionnaire is not found through this review.
		assertThat(
				send(get("/reviews/1/questionnaire/evidence/" + ids.get(0)), cast.session("secretariat")).getStatus())
			.isEqualTo(404);
		// Too large, or not an accepted type: refused with a clear reason, nothing
		// attached.
		byte[] huge = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, huge, 0, PDF.length);
		MockHttpServletResponse tooLarge = send(attach(question + "/evidence", "huge.pdf", huge), expert);
		assertThat(tooLarge.getStatus()).isEqualTo(400);
		assertThat(tooLarge.getContentAsString()).contains("larger than the limit of 20 MB");
		MockHttpServletResponse program = send(
				attach(question + "/evidence", "scan.pdf",
						"MZ\u0090\u0000 this is a Windows program"
							.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
					.header("Accept-Language", "fr"),
				expert);
		assertThat(program.getStatus()).isEqualTo(400);
		assertThat(program.getContentAsString()).contains("n’est ni un PDF");
		assertThat(evidenceIds(send(get(cast.api()), expert).getContentAsString(), status)).hasSize(2);
		// Removing is audited, and the file is gone.
		assertThat(send(post(file + "/remove").with(csrf()), cast.session("surExpert2")).getStatus()).isEqualTo(302);
		assertThat(send(get(file), expert).getStatus()).isEqualTo(404);
		String questionnaireId = String.valueOf(this.questionnaires.find(cast.id()).orElseThrow().getId());
		assertThat(this.audit.historyOf("questionnaire", questionnaireId)).extracting((e) -> e.getAction())
			.contains("questionnaire.evidence-attached", "questionnaire.evidence-removed");
		// Once submitted, the reviewing States read it; nobody attaches or removes any
		// more.
		String xlsxFile = "/reviews/" + cast.id() + "/questionnaire/evidence/" + ids.get(1);
		assertThat(send(post(cast.api() + "/submit").with(csrf()), cast.session("surFocalPoint")).getStatus())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(send(get(xlsxFile), reviewer).getStatus()).isEqualTo(200));
		assertThat(send(get(cast.api() + "/evidence/" + ids.get(1)), cast.session("reviewerFocalPoint")).getStatus())
			.isEqualTo(200);
		assertThat(evidenceIds(send(get(cast.api()), reviewer).getContentAsString(), status))
			.containsExactly(ids.get(1));
		assertThat(send(post(xlsxFile + "/remove").with(csrf()), expert).getStatus()).isEqualTo(403);
		assertThat(send(attach(question + "/evidence", "late.pdf", PDF), expert).getStatus()).isEqualTo(403);
	}

	@Autowired
	private EvidenceRepository evidenceRecords;

	@org.springframework.beans.factory.annotation.Value("${palermo.data-dir}")
	private String dataDir;

	@Test
	void anEvidenceFileChangedOnDiskIsNotServed() throws Exception {
		Cast cast = new Cast("GT", "VN");
		MockHttpSession expert = cast.session("surExpert");
		String status = firstStatusQuestion(send(get(cast.api()), expert).getContentAsString());
		send(attach("/reviews/" + cast.id() + "/questionnaire/questions/" + status + "/evidence", "law.pdf", PDF),
				expert);
		int id = evidenceIds(send(get(cast.api()), expert).getContentAsString(), status).get(0);
		Evidence stored = this.evidenceRecords.findById((long) id).orElseThrow();
		java.nio.file.Files.writeString(java.nio.file.Path.of(this.dataDir, "documents", stored.getStorageKey()),
				"%PDF-1.4 tampered");
		MockHttpServletResponse download = send(get(cast.api() + "/evidence/" + id), expert);
		assertThat(download.getStatus()).isEqualTo(500);
		assertThat(download.getContentAsString()).doesNotContain("tampered");
	}

	@Autowired
	private org.palermo.deskreview.PublicationService publicationDecisions;

	@Test
	void submittedAnswersAreOnTheCountryPageOnlyWhileTheStatePublishesThem() throws Exception {
		Cast cast = new Cast("SG", "ZW");
		MockHttpSession expert = cast.session("surExpert");
		String json = send(get(cast.api()), expert).getContentAsString();
		String explanation = firstQuestionOfKind(json, "EXPLANATION");
		String text = "Published explanation " + System.nanoTime();
		assertThat(send(answer(cast.api() + "/answers/" + explanation, "{\"value\":\"" + text + "\"}"), expert)
			.getStatus()).isEqualTo(200);
		String page = "/parties/SG/reviews/" + cast.id() + "/answers";
		String api = "/api" + page;
		// Drafted: nothing public.
		assertThat(send(get(page), null).getStatus()).isEqualTo(404);
		assertThat(send(get(api), null).getStatus()).isEqualTo(404);
		assertThat(send(get("/parties/SG"), null).getContentAsString()).doesNotContain(page);
		// Submitted but not published: still nothing.
		assertThat(send(post(cast.api() + "/submit").with(csrf()), cast.session("surFocalPoint")).getStatus())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.cycle.review(cast.id()).getAnswersSubmittedAt() != null);
		assertThat(send(get(page), null).getStatus()).isEqualTo(404);
		assertThat(send(get(api), null).getStatus()).isEqualTo(404);
		// Published by the State under review's focal point: on the country page and in
		// the API.
		as(cast.who.get("secretariat"));
		while (this.cycle.review(cast.id()).getPhase() != org.palermo.cycle.ReviewPhase.LIST_OF_OBSERVATIONS) {
			this.cycle.advance(cast.id(), this.cycle.review(cast.id()).getVersion());
		}
		as(cast.who.get("surFocalPoint"));
		var decision = this.publicationDecisions.decide(cast.id(), org.palermo.cycle.ReviewDocument.ANSWERS, true, null,
				cast.who.get("surFocalPoint").getUsername());
		SecurityContextHolder.clearContext();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(send(get(page), null).getStatus()).isEqualTo(200));
		assertThat(send(get(page), null).getContentAsString()).contains(text);
		assertThat(send(get("/parties/SG"), null).getContentAsString()).contains(page);
		String published = send(get(api), null).getContentAsString();
		assertThat(JsonPath.<List<String>>read(published,
				"$.sections[*].questions[?(@.id == '" + explanation + "')].answer"))
			.containsExactly(text);
		assertThat(published).doesNotContain(cast.who.get("surExpert").getUsername()).doesNotContain("version\":");
		// Not under another State's page.
		assertThat(send(get("/parties/JM/reviews/" + cast.id() + "/answers"), null).getStatus()).isEqualTo(404);
		// Withdrawn: gone again.
		as(cast.who.get("surFocalPoint"));
		this.publicationDecisions.decide(cast.id(), org.palermo.cycle.ReviewDocument.ANSWERS, false,
				decision.getVersion(), cast.who.get("surFocalPoint").getUsername());
		SecurityContextHolder.clearContext();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(send(get(api), null).getStatus()).isEqualTo(404));
		assertThat(send(get(page), null).getStatus()).isEqualTo(404);
		assertThat(send(get("/parties/SG"), null).getContentAsString()).doesNotContain(page).doesNotContain(text);
	}

	@Autowired
	private TemplateService templates;

	@Test
	void aDraftMovesToANewTemplateVersionThroughAMappingTheFocalPointConfirmsAndSubmittedAnswersKeepTheirs()
			throws Exception {
		// Cluster IV: no other test reads its questionnaire's questions.
		Cast submitted = new Cast("MG", "ZW", ThematicCluster.IV);
		Cast cast = new Cast("CV", "ZW", ThematicCluster.IV);
		MockHttpSession expert = cast.session("surExpert");
		String json = send(get(cast.api()), expert).getContentAsString();
		int before = JsonPath.read(json, "$.templateVersion");
		List<String> sections = JsonPath.read(json, "$.sections[*].id");
		String section = sections.get(sections.size() - 1);
		String status = section + "-STATUS";
		String examples = section + "-EXAMPLES";
		String challenges = section + "-CHALLENGES";
		for (String[] a : List.of(new String[] { status, "YES" }, new String[] { examples, "Twelve convictions." },
				new String[] { challenges, "Few interpreters." })) {
			assertThat(
					send(answer(cast.api() + "/answers/" + a[0], "{\"value\":\"" + a[1] + "\"}"), expert).getStatus())
				.isEqualTo(200);
		}
		MockHttpSession otherExpert = submitted.session("surExpert");
		String otherStatus = firstStatusQuestion(send(get(submitted.api()), otherExpert).getContentAsString());
		send(answer(submitted.api() + "/answers/" + otherStatus, "{\"value\":\"NO\"}"), otherExpert);
		assertThat(send(post(submitted.api() + "/submit").with(csrf()), submitted.session("surFocalPoint")).getStatus())
			.isEqualTo(200);
		// The secretariat drafts the next version: examples get a new id, challenges go,
		// a
		// question is added, a French text is written; then publishes it.
		as(cast.who.get("secretariat"));
		QuestionnaireTemplate draft = this.templates.draftNextVersion(ThematicCluster.IV);
		this.templates.rekey(draft.getId(), examples, examples + "-CASES");
		this.templates.remove(draft.getId(), challenges);
		this.templates.add(draft.getId(), section, section + "-COORDINATION", QuestionKind.EXPLANATION,
				"How do the authorities coordinate?", "Name the bodies.");
		this.templates.write(draft.getId(), status, "fr", "Votre État applique-t-il cet article ?", "Oui ou non.");
		this.templates.publish(draft.getId());
		SecurityContextHolder.clearContext();
		// Only the State under review's focal point sees the mapping and confirms it.
		String page = "/reviews/" + cast.id() + "/questionnaire/template-version";
		for (String refused : List.of("surExpert", "surObserver", "reviewerFocalPoint", "secretariat")) {
			assertThat(send(get(page), cast.session(refused)).getStatus()).as(refused).isEqualTo(403);
		}
		MockHttpSession focalPoint = cast.session("surFocalPoint");
		assertThat(send(get("/reviews/" + cast.id() + "/questionnaire"), focalPoint).getContentAsString())
			.contains("Version " + (before + 1) + " of the questionnaire is published.");
		String mapping = send(get(page), focalPoint).getContentAsString();
		assertThat(mapping).contains("Moved to a new id: 1", "Dropped: 1", "New: 1")
			.contains(examples + "-CASES", "Twelve convictions.", "Few interpreters.", section + "-COORDINATION");
		// A stale confirmation (another version read) changes nothing.
		assertThat(
				send(post(page).param("template", "999999").param("version", "0").with(csrf()), focalPoint).getStatus())
			.isEqualTo(409);
		assertThat(JsonPath.<Integer>read(send(get(cast.api()), expert).getContentAsString(), "$.templateVersion"))
			.isEqualTo(before);
		long version = this.questionnaires.find(cast.id()).orElseThrow().getVersion();
		assertThat(send(post(page).param("template", String.valueOf(draft.getId()))
			.param("version", String.valueOf(version))
			.with(csrf()), focalPoint).getStatus()).isEqualTo(302);
		String after = send(get(cast.api()), expert).getContentAsString();
		assertThat(JsonPath.<Integer>read(after, "$.templateVersion")).isEqualTo(before + 1);
		assertThat(JsonPath.<List<String>>read(after,
				"$.sections[*].questions[?(@.id == '" + examples + "-CASES')].answer.value"))
			.containsExactly("Twelve convictions.");
		assertThat(
				JsonPath.<List<String>>read(after, "$.sections[*].questions[?(@.id == '" + status + "')].answer.value"))
			.containsExactly("YES");
		assertThat(after).doesNotContain("\"" + challenges + "\"")
			.doesNotContain("Few interpreters.")
			.contains(section + "-COORDINATION");
		assertThat(this.audit.historyOf("questionnaire",
				String.valueOf(this.questionnaires.find(cast.id()).orElseThrow().getId())))
			.anySatisfy((e) -> assertThat(e.getAction()).isEqualTo("questionnaire.template-moved"));
		// The submitted questionnaire keeps the version it answered, and cannot move.
		assertThat(JsonPath.<Integer>read(send(get(submitted.api()), otherExpert).getContentAsString(),
				"$.templateVersion"))
			.isEqualTo(before);
		assertThat(send(get("/reviews/" + submitted.id() + "/questionnaire/template-version"),
				submitted.session("surFocalPoint"))
			.getStatus()).as("submitted: no longer the focal point's to change").isEqualTo(403);
	}

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void thePdfsArticleTitlesFollowItsLanguageWhereTheInstrumentsModuleHasThem() throws Exception {
		Cast cast = new Cast("BZ", "ZW");
		MockHttpSession expert = cast.session("surExpert");
		String json = send(get(cast.api()), expert).getContentAsString();
		String english = JsonPath.read(json, "$.sections[0].title");
		String instrument = JsonPath.read(json, "$.sections[0].instrument");
		int number = JsonPath.read(json, "$.sections[0].article");
		long article = this.jdbc.queryForObject("select id from article where instrument = ? and number = ?",
				Long.class, instrument, number);
		String french = "Titre en francais de l article " + number;
		this.jdbc.update("insert into article_title (article_id, lang, title) values (?, 'fr', ?)", article, french);
		try {
			String pdf = "/reviews/" + cast.id() + "/questionnaire/answers.pdf";
			assertThat(pdfText(send(get(pdf).param("lang", "fr"), expert).getContentAsByteArray()))
				.contains("Article " + number + " : " + french);
			// No Spanish title: the English one, rather than nothing.
			assertThat(pdfText(send(get(pdf).param("lang", "es"), expert).getContentAsByteArray())).contains(english);
		}
		finally {
			this.jdbc.update("delete from article_title where article_id = ? and lang = 'fr'", article);
		}
	}

	@Test
	void theSecretariatDraftsEditsAndPublishesATemplateVersionOnItsScreen() throws Exception {
		Cast cast = new Cast("KM", "ZW", ThematicCluster.IV);
		MockHttpSession secretariat = cast.session("secretariat");
		assertThat(send(get("/admin/questionnaire-templates"), secretariat).getContentAsString())
			.contains("Questionnaire templates");
		MockHttpServletResponse drafted = send(
				post("/admin/questionnaire-templates").param("cluster", "IV").with(csrf()), secretariat);
		assertThat(drafted.getStatus()).isEqualTo(302);
		String page = drafted.getRedirectedUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		TemplateQuestion first = this.templates.template(id).getQuestions().get(0);
		String section = first.getSectionKey();
		// A bad id: refused with the reason, the words typed kept.
		var refused = this.mvc
			.perform(post(page + "/questions").param("section", section)
				.param("key", "not an id")
				.param("kind", "EXPLANATION")
				.param("prompt", "Which bodies cooperate across borders?")
				.param("guidance", "Name them.")
				.with(csrf())
				.session(secretariat))
			.andReturn();
		String again = this.mvc.perform(get(page).session(secretariat).flashAttrs(refused.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("A question id is the section’s id")
			.contains("Which bodies cooperate across borders?");
		assertThat(send(post(page + "/questions").param("section", section)
			.param("key", section + "-COOPERATION")
			.param("kind", "EXPLANATION")
			.param("prompt", "Which bodies cooperate across borders?")
			.param("guidance", "Name them.")
			.with(csrf()), secretariat).getStatus()).isEqualTo(302);
		assertThat(send(post(page + "/questions/" + first.getQuestionKey() + "/text").param("language", "es")
			.param("prompt", "¿Ha aplicado su Estado este artículo?")
			.param("guidance", "Sí o no.")
			.with(csrf()), secretariat).getStatus()).isEqualTo(302);
		assertThat(send(post(page + "/publish").with(csrf()), secretariat).getStatus()).isEqualTo(302);
		QuestionnaireTemplate published = this.templates.template(id);
		assertThat(published.getStatus()).isEqualTo(TemplateStatus.PUBLISHED);
		assertThat(published.getQuestions())
			.anySatisfy((q) -> assertThat(q.getQuestionKey()).isEqualTo(section + "-COOPERATION"));
		assertThat(published.getQuestions().get(0).prompt(java.util.Locale.forLanguageTag("es")))
			.isEqualTo("¿Ha aplicado su Estado este artículo?");
		assertThat(this.audit.historyOf("questionnaire-template", String.valueOf(id))).extracting((e) -> e.getAction())
			.contains("questionnaire-template.drafted", "questionnaire-template.question-added",
					"questionnaire-template.question-written", "questionnaire-template.published");
		// Published, it never changes.
		assertThat(send(get(page), secretariat).getContentAsString()).contains("Saved.");
		assertThat(send(post(page + "/questions/" + first.getQuestionKey() + "/remove").with(csrf()), secretariat)
			.getStatus()).isEqualTo(302);
		assertThat(send(get(page), secretariat).getContentAsString()).contains("A published version never changes")
			.doesNotContain("Saved.");
		assertThat(this.templates.template(id).getQuestions()).hasSameSizeAs(published.getQuestions());
		// Nobody else reaches the editor.
		for (String other : List.of("surFocalPoint", "surExpert")) {
			assertThat(send(get(page), cast.session(other)).getStatus()).as(other).isEqualTo(403);
		}
	}

}
