package org.palermo.drawing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewStep;
import org.palermo.drawing.engine.Draw;
import org.palermo.drawing.engine.DrawInput;
import org.palermo.drawing.engine.DrawJson;
import org.palermo.drawing.engine.DrawVerifier;
import org.palermo.drawing.engine.DrawingEngine;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.parties.PartyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The secretariat commits to a drawing, reveals it, and the country reviews open; anyone
 * can verify.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DrawingIntegrationTests {

	private static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleService cycle;

	@Autowired
	private AuditService audit;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PartyService parties;

	@Autowired
	private DrawingService drawings;

	@Autowired
	private DrawingRequests requests;

	@Autowired
	private AccountService accounts;

	@Autowired
	private DrawingExplanations explanations;

	/** States free for a drawing on a cluster (the database is shared by every class). */
	private FreeStates free() {
		return new FreeStates(this.parties, this.drawings);
	}

	/**
	 * Submits the secretariat's form for a new drawing, as a browser would; when the page
	 * lists participation not recorded, ticks every box and submits again.
	 */
	private MockHttpServletResponse submit(String title, String group, String cluster, String states,
			String maxReviewsPerState, String... confirmed) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/admin/drawings").param("title", title)
				.param("reviewGroup", group)
				.param("cluster", cluster)
				.param("statesUnderReview", states)
				.param("maxReviewsPerState", maxReviewsPerState)
				.param("maxReviewingStates", "4")
				.param("confirmedGaps", confirmed)
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse();
		response = settled(response);
		List<String> gaps = gapBoxes(response.getContentAsString());
		if (confirmed.length == 0 && !gaps.isEmpty()) {
			return submit(title, group, cluster, states, maxReviewsPerState, gaps.toArray(String[]::new));
		}
		return response;
	}

	/**
	 * Follows a preparation under way to its outcome as a browser would: its page
	 * refreshes itself (a Refresh header) until it sends to the drawing, or shows the
	 * form again with the refusal.
	 */
	private MockHttpServletResponse settled(MockHttpServletResponse response) throws Exception {
		String location = response.getRedirectedUrl();
		if (location == null || !location.startsWith("/admin/drawings/requests/")) {
			return response;
		}
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.mvc.perform(get(location).with(SECRETARIAT)).andReturn().getResponse(),
					(page) -> page.getHeader("Refresh") == null);
	}

	/** The values of the boxes for participation not recorded on a page. */
	private static List<String> gapBoxes(String page) {
		return java.util.regex.Pattern.compile("name=\"confirmedGaps\" value=\"([A-Z]{2}:[A-Z]+)\"")
			.matcher(page)
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

	private long prepare(String states, String cluster) throws Exception {
		String location = submit("Group 2, cluster " + cluster, "2", cluster, states, "2").getRedirectedUrl();
		assertThat(location).matches("/drawings/\\d+");
		return Long.parseLong(location.substring("/drawings/".length()));
	}

	private String get200(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private String secretSeed(long id) {
		return this.jdbc.queryForObject("select seed from drawing where id = ?", String.class, id);
	}

	@Test
	void theCommitmentIsPublicAndTheSeedSecretUntilRevealed() throws Exception {
		long id = prepare("DE, BR JP;NG", "III");
		String seed = secretSeed(id);
		String api = get200("/api/drawings/" + id);
		assertThat(api).contains("\"status\":\"COMMITTED\"")
			.contains("\"commitment\":\"" + DrawJson.sha256Hex(HexFormat.of().parseHex(seed)) + "\"")
			.contains("\"seed\":null")
			.contains("\"statesUnderReview\":[\"BR\",\"DE\",\"JP\",\"NG\"]");
		for (String page : List.of(api, get200("/api/drawings"), get200("/drawings/" + id), get200("/drawings"),
				this.mvc.perform(get("/drawings/" + id).with(SECRETARIAT))
					.andReturn()
					.getResponse()
					.getContentAsString())) {
			assertThat(page).doesNotContain(seed);
		}
		assertThat(this.mvc.perform(get("/api/drawings/" + id + "/draw.json")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		byte[] input = this.mvc.perform(get("/api/drawings/" + id + "/input.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(api).contains("\"inputSha256\":\"" + DrawJson.sha256Hex(input) + "\"");
	}

	@Test
	void revealingDrawsVerifiableLotsAndOpensTheCountryReviews() throws Exception {
		long id = prepare("AR CA MN TH", "III");
		String seed = secretSeed(id);
		String page = this.mvc.perform(get("/admin/drawings/" + id + "/reveal").with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("opens 4 country reviews");
		String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		// The request only starts the drawing: it answers at once with the drawing's
		// page,
		// which shows progress (refreshing itself, no JavaScript needed) and then the
		// result.
		MockHttpServletResponse started = this.mvc
			.perform(post("/admin/drawings/" + id + "/reveal").param("version", version).with(csrf()).with(SECRETARIAT))
			.andReturn()
			.getResponse();
		assertThat(started.getRedirectedUrl()).isEqualTo("/drawings/" + id);
		MockHttpServletResponse meanwhile = this.mvc.perform(get("/drawings/" + id)).andReturn().getResponse();
		if (meanwhile.getContentAsString().contains("id=\"run\"")) {
			assertThat(meanwhile.getHeader("Refresh")).isEqualTo("2");
			assertThat(meanwhile.getContentAsString()).contains("places filled").contains("<progress");
		}
		else {
			assertThat(meanwhile.getContentAsString()).contains("id=\"seed\"");
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> get200("/api/drawings/" + id).contains("REVEALED"));

		String api = get200("/api/drawings/" + id);
		assertThat(api).contains("\"status\":\"REVEALED\"").contains("\"seed\":\"" + seed + "\"");
		byte[] input = this.mvc.perform(get("/api/drawings/" + id + "/input.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] output = this.mvc.perform(get("/api/drawings/" + id + "/draw.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// What a third party does with the two downloads and the revealed seed:
		Draw expected = new DrawingEngine().draw(input, HexFormat.of().parseHex(seed));
		assertThat(new String(output, StandardCharsets.UTF_8).trim()).isEqualTo(DrawJson.write(expected));
		assertThat(DrawVerifier.ruleViolations(DrawJson.readInput(input), expected)).isEmpty();

		String shown = get200("/drawings/" + id);
		assertThat(shown).contains("verify-draw --input drawing-" + id + "-input.json --seed " + seed);
		// The cycle opens the reviews when it receives the drawing's event, after the
		// commit.
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cycle.reviewsOfDrawing(id).size() == 4);
		List<CountryReview> reviews = this.cycle.reviewsOfDrawing(id);
		assertThat(reviews).extracting(CountryReview::getStateUnderReview).containsExactly("AR", "CA", "MN", "TH");
		// Not Kenya: the demo data keeps a review of Kenya open on cluster III.
		CountryReview mongolia = reviews.get(2);
		assertThat(mongolia.getCluster()).isEqualTo(ThematicCluster.III);
		assertThat(mongolia.getReviewers()).hasSizeGreaterThanOrEqualTo(2);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(mongolia.getDeadlines().get(ReviewStep.FOCAL_POINTS_NAMED)).isEqualTo(today.plusWeeks(2));
		assertThat(mongolia.getDeadlines().get(ReviewStep.SELF_ASSESSMENT)).isEqualTo(today.plusMonths(6));
		assertThat(get200("/parties/MN")).contains("Cluster III");
		assertThat(this.audit.historyOf("drawing", String.valueOf(id))).extracting((e) -> e.getAction())
			.containsExactly("drawing.committed", "drawing.revealed");

		// A second reveal, from a stale page, draws nothing twice.
		this.mvc.perform(
				post("/admin/drawings/" + id + "/reveal").param("version", version).with(csrf()).with(SECRETARIAT));
		assertThat(this.cycle.reviewsOfDrawing(id)).hasSize(4);
	}

	@Test
	void partiesAreSplitIntoReviewGroupsByLotAndAGroupIsThenDrawn() throws Exception {
		String location = this.mvc
			.perform(post("/admin/drawings/split").param("title", "Review groups")
				.param("groups", "3")
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/drawings/".length()));
		assertThat(get200("/api/drawings/" + id)).contains("\"seed\":null").contains("\"reviewGroups\":null");
		this.mvc.perform(
				post("/admin/drawings/" + id + "/reveal")
					.param("version",
							String.valueOf(this.jdbc.queryForObject("select version from drawing where id = ?",
									Long.class, id)))
					.with(csrf())
					.with(SECRETARIAT));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.cycle.membersOf(2).size() == 64
					&& this.jdbc.queryForObject("select count(*) from review_group_member where drawing_id = ?",
							Integer.class, id) == 192);
		String api = get200("/api/drawings/" + id);
		assertThat(api).contains("\"reviewGroups\":[{\"number\":1,")
			.contains("\"verifyCommand\":\"java -jar palermo.jar split-groups --input drawing-" + id + "-input.json");
		List<String> group2 = this.cycle.membersOf(2);
		assertThat(group2).hasSize(64);
		assertThat(this.cycle.membersOf(1).size() + group2.size() + this.cycle.membersOf(3).size()).isEqualTo(192);
		byte[] input = this.mvc.perform(get("/api/drawings/" + id + "/input.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String seed = this.jdbc.queryForObject("select seed from drawing where id = ?", String.class, id);
		assertThat(get200("/drawings/" + id))
			.contains("split-groups --input drawing-" + id + "-input.json --seed " + seed);
		var split = org.palermo.drawing.engine.ReviewGroupSplit.split(DrawJson.readSplitInput(input),
				DrawJson.sha256Hex(input), HexFormat.of().parseHex(seed));
		assertThat(split.groups().get(1).parties()).isEqualTo(group2);

		// The group on cluster I, but the States busy on it (the demo review of Kenya,
		// and
		// any reviews or drawings of other test classes sharing the database).
		List<String> free = free().all(ThematicCluster.I, FreeStates.PARTY);
		List<String> drawable = group2.stream().filter(free::contains).toList();
		String drawn = submit("Group 2, cluster I", "2", "I", String.join(" ", drawable), "2").getRedirectedUrl();
		long lots = Long.parseLong(drawn.substring("/drawings/".length()));
		assertThat(get200("/api/drawings/" + lots)).contains("\"statesUnderReview\":[\"" + drawable.get(0) + "\"");
		// Cancelled, not left to hold the group on cluster I for the test classes after.
		this.drawings.cancel(lots, this.drawings.drawing(lots).getVersion(), "Made by a test");
	}

	@Test
	void anImpossibleDrawingIsExplainedAndNothingIsPublished() throws Exception {
		Integer before = this.jdbc.queryForObject("select count(*) from drawing", Integer.class);
		// Every party free on a cluster under review (the quick checks would refuse the
		// others first, on the request), each party reviewing at most one State: two
		// reviewers each cannot be found. The cluster with the most free States, as the
		// database is shared by every test class.
		FreeStates free = free();
		Map<ThematicCluster, List<String>> freeOn = new EnumMap<>(ThematicCluster.class);
		for (ThematicCluster c : ThematicCluster.values()) {
			freeOn.put(c, free.all(c, FreeStates.PARTY));
		}
		ThematicCluster cluster = Collections.max(freeOn.keySet(),
				Comparator.comparingInt((c) -> freeOn.get(c).size()));
		List<String> states = freeOn.get(cluster);
		assertThat(2 * states.size()).as("reviews needed, more than the parties can give at one each")
			.isGreaterThan(this.parties.find(null, Instrument.UNTOC).size());
		String page = submit("Impossible", "1", cluster.name(), String.join(" ", states), "1").getContentAsString();
		assertThat(page).as("the form again, as typed").contains("value=\"Impossible\"");
		assertThat(page).contains("No valid draw exists for these States and rules").contains("rule");
		assertThat(this.jdbc.queryForObject("select count(*) from drawing", Integer.class)).isEqualTo(before);
	}

	@Test
	void aDrawingThatCannotBeDrawnSaysSoOnItsPageAndStaysCommitted() throws Exception {
		long id = prepare("GR IE", "III");
		// An input the engine refuses (here damaged in the database: a State under review
		// that is not among the parties) makes the run fail; the page says so in the
		// reader's language and the drawing can still be cancelled.
		this.jdbc
			.update("update drawing set input_json = replace(input_json, '\"statesUnderReview\":[{\"code\":\"GR\"', "
					+ "'\"statesUnderReview\":[{\"code\":\"QQ\"') where id = ?", id);
		assertThat(this.jdbc.queryForObject("select input_json from drawing where id = ?", String.class, id))
			.contains("{\"code\":\"QQ\"");
		String version = String
			.valueOf(this.jdbc.queryForObject("select version from drawing where id = ?", Long.class, id));
		this.mvc.perform(
				post("/admin/drawings/" + id + "/reveal").param("version", version).with(csrf()).with(SECRETARIAT));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mvc.perform(get("/drawings/" + id).param("lang", "fr"))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("rien n’a été tiré et le tirage reste engagé"));
		assertThat(get200("/api/drawings/" + id)).contains("\"status\":\"COMMITTED\"").contains("\"seed\":null");
		this.mvc.perform(post("/admin/drawings/" + id + "/cancel").param("version", version)
			.param("reason", "Input damaged")
			.with(csrf())
			.with(SECRETARIAT));
		assertThat(get200("/api/drawings/" + id)).contains("\"status\":\"CANCELLED\"");
	}

	@Test
	void aPublicValueAnnouncedAtCommitmentIsTypedAtRevealMixedIntoTheSeedAndVerifiable(@TempDir Path dir)
			throws Exception {
		var form = post("/admin/drawings").param("title", "With a public value")
			.param("reviewGroup", "2")
			.param("cluster", "III")
			.param("statesUnderReview", "LU MT")
			.param("maxReviewsPerState", "2")
			.param("maxReviewingStates", "4")
			.param("publicValueSource", "EuroMillions draw of 2026-12-04, numbers in the order drawn")
			.with(csrf())
			.with(SECRETARIAT);
		MockHttpServletResponse first = this.mvc.perform(form).andReturn().getResponse();
		String location = settled((first.getRedirectedUrl() != null) ? first
				: this.mvc
					.perform(form.param("confirmedGaps", gapBoxes(first.getContentAsString()).toArray(String[]::new)))
					.andReturn()
					.getResponse())
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/drawings/".length()));
		assertThat(get200("/api/drawings/" + id))
			.contains("\"publicValueSource\":\"EuroMillions draw of 2026-12-04, numbers in the order drawn\"")
			.contains("\"publicValue\":null")
			.contains("\"drawSeed\":null");
		String confirm = this.mvc.perform(get("/admin/drawings/" + id + "/reveal").with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("announced a public randomness value: EuroMillions draw of 2026-12-04")
			.contains("name=\"publicValue\"");
		String version = String
			.valueOf(this.jdbc.queryForObject("select version from drawing where id = ?", Long.class, id));
		// Without the value nothing is drawn, and the page asks again.
		String refused = this.mvc
			.perform(post("/admin/drawings/" + id + "/reveal").param("version", version)
				.param("publicValue", " ")
				.param("lang", "es")
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Introduzca el valor público anunciado para este sorteo");
		assertThat(get200("/api/drawings/" + id)).contains("\"status\":\"COMMITTED\"");

		String value = "05 12 23 34 45 – étoiles 03 09";
		assertThat(this.mvc
			.perform(post("/admin/drawings/" + id + "/reveal").param("version", version)
				.param("publicValue", "  " + value + " ")
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/drawings/" + id);
		await().atMost(Duration.ofSeconds(30)).until(() -> get200("/api/drawings/" + id).contains("REVEALED"));
		String seed = secretSeed(id);
		String mixed = HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest((seed + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)))
					.transform(HexFormat.of()::parseHex)));
		String api = get200("/api/drawings/" + id);
		assertThat(api).contains("\"publicValue\":\"" + value + "\"")
			.contains("\"drawSeed\":\"" + mixed + "\"")
			.contains("--public-value '" + value + "'");
		assertThat(get200("/drawings/" + id)).contains(value).contains(mixed);

		// Anyone verifies with the two files, the revealed seed and the public value.
		Path input = dir.resolve("input.json");
		Path draw = dir.resolve("draw.json");
		Files.write(input,
				this.mvc.perform(get("/api/drawings/" + id + "/input.json"))
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		Files.write(draw,
				this.mvc.perform(get("/api/drawings/" + id + "/draw.json"))
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		assertThat(Files.readString(draw)).contains("\"seed\":\"" + mixed + "\"");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream sink = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertThat(DrawCommandLine.run(new String[] { "verify-draw", "--input", input.toString(), "--seed", seed,
				"--public-value", value, "--draw", draw.toString() }, sink, sink))
			.isEqualTo(DrawCommandLine.OK);
		assertThat(DrawCommandLine.run(
				new String[] { "verify-draw", "--input", input.toString(), "--seed", seed, "--draw", draw.toString() },
				sink, sink))
			.isEqualTo(DrawCommandLine.NOT_VERIFIED);
		assertThat(DrawCommandLine.run(new String[] { "verify-draw", "--input", input.toString(), "--seed", seed,
				"--public-value", value.replace("09", "10"), "--draw", draw.toString() }, sink, sink))
			.isEqualTo(DrawCommandLine.NOT_VERIFIED);
	}

	@Test
	void participationNotRecordedMustBeConfirmedBeforeTheDrawingIsCommitted() throws Exception {
		Integer before = this.jdbc.queryForObject("select count(*) from drawing", Integer.class);
		// Yemen: Trafficking, Smuggling and Firearms Protocols not recorded; Zimbabwe:
		// Smuggling and Firearms.
		var form = post("/admin/drawings").param("title", "Gaps to confirm")
			.param("reviewGroup", "2")
			.param("cluster", "IV")
			.param("statesUnderReview", "ZW YE")
			.param("maxReviewsPerState", "2")
			.param("maxReviewingStates", "4")
			.param("lang", "fr")
			.with(csrf())
			.with(SECRETARIAT);
		String page = this.mvc.perform(form).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Participation non enregistrée")
			.contains("value=\"Gaps to confirm\"")
			.contains("href=\"/admin/participation\"");
		assertThat(gapBoxes(page)).containsExactly("YE:TIP", "YE:SOM", "YE:FA", "ZW:SOM", "ZW:FA");
		assertThat(this.jdbc.queryForObject("select count(*) from drawing", Integer.class)).isEqualTo(before);

		// Four of five ticked: still not committed, and the ticks are kept.
		page = this.mvc.perform(form.param("confirmedGaps", "YE:TIP", "YE:SOM", "YE:FA", "ZW:SOM"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("value=\"ZW:SOM\"\\s+checked")
			.doesNotContainPattern("value=\"ZW:FA\"\\s+checked");
		assertThat(this.jdbc.queryForObject("select count(*) from drawing", Integer.class)).isEqualTo(before);

		String location = settled(this.mvc.perform(form.param("confirmedGaps", "ZW:FA")).andReturn().getResponse())
			.getRedirectedUrl();
		assertThat(location).matches("/drawings/\\d+");
		String id = location.substring("/drawings/".length());
		assertThat(this.audit.historyOf("drawing", id).get(0).getAfterState()).contains("notRecordedConfirmed")
			.contains("YE:FA")
			.contains("ZW:SOM");
	}

	@Test
	void anUnknownStateIsRefused() throws Exception {
		String page = submit("Typo", "1", "I", "KE QQ", "2").getContentAsString();
		assertThat(page).contains("not a party to the Convention").contains("QQ");
	}

	@Test
	void theSecretariatReplansADeadlineAndAStaleFormChangesNothing() throws Exception {
		CountryReview review = this.cycle.reviewsOf("KE").get(0);
		var form = post("/admin/reviews/" + review.getId()).param("version", String.valueOf(review.getVersion()))
			.param("reason", "The ministry asked for more time");
		for (ReviewStep step : ReviewStep.values()) {
			form.param(step.name(), review.getDeadlines().get(step).plusMonths(3).toString());
		}
		this.mvc.perform(form.with(csrf()).with(SECRETARIAT));
		CountryReview moved = this.cycle.review(review.getId());
		assertThat(moved.getDeadlines().get(ReviewStep.SUMMARY))
			.isEqualTo(review.getDeadlines().get(ReviewStep.SUMMARY).plusMonths(3));
		assertThat(this.audit.historyOf("country-review", String.valueOf(review.getId())))
			.extracting((e) -> e.getAction())
			.contains("review.replanned");
		String stale = this.mvc
			.perform(form.with(csrf()).with(SECRETARIAT).param(ReviewStep.SUMMARY.name(), "2030-01-01"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Someone else changed this");
		assertThat(this.cycle.review(review.getId()).getDeadlines().get(ReviewStep.SUMMARY))
			.isEqualTo(moved.getDeadlines().get(ReviewStep.SUMMARY));
	}

	/** Another member of the secretariat, with an account of their own. */
	private RequestPostProcessor otherSecretariat() {
		if (this.accounts.find("secretariat.drawings").isEmpty()) {
			this.accounts.createDemoAccount(
					new InvitationForm("secretariat.drawings", "Another secretariat member",
							"secretariat.drawings@example.org", Role.SECRETARIAT, null, null),
					"a long enough passphrase");
		}
		return user("secretariat.drawings").roles("SECRETARIAT");
	}

	@Test
	void preparingRunsOffTheRequestThreadAndOnlyItsAuthorSeesItsProgress() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		DrawingForm typed = new DrawingForm("Held back by the test", 2, "II", "LU MT", 2, 4, false, "", List.of());
		DrawingRequests.Request request = this.requests.start("secretariat", null, typed, () -> {
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new DrawingRefusedException("drawing.error.noState", "");
		});
		String path = "/admin/drawings/requests/" + request.getToken();
		MockHttpServletResponse running = this.mvc.perform(get(path).param("lang", "fr").with(SECRETARIAT))
			.andReturn()
			.getResponse();
		assertThat(running.getStatus()).isEqualTo(200);
		assertThat(running.getHeader("Refresh")).as("refreshes itself, no JavaScript needed").isEqualTo("2");
		assertThat(running.getContentAsString()).contains("Vérification qu’un tirage valide existe")
			.contains("<progress");
		// Another member of the secretariat does not see it.
		assertThat(this.mvc.perform(get(path).with(otherSecretariat())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		release.countDown();
		// Ended: the form again as typed, with the refusal in the reader's language.
		String done = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mvc.perform(get(path).param("lang", "fr").with(SECRETARIAT)).andReturn().getResponse(),
					(page) -> page.getHeader("Refresh") == null)
			.getContentAsString();
		assertThat(done).contains("Indiquez au moins un État examiné")
			.contains("value=\"Held back by the test\"")
			.contains("LU MT");
	}

	@Test
	void twoPreparationsOfTheSameStatesAtOnceGiveOneDrawingAndOneRefusal() throws Exception {
		List<String> states = free().take(ThematicCluster.II, 2, FreeStates.STATE, "AR", "BO", "CO", "VE", "PA", "HN",
				"NI", "GT");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Object> outcomes = new ArrayList<>();
		try {
			List<Future<Object>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					try {
						return this.drawings.prepare("At once", 4, ThematicCluster.II, states,
								new DrawInput.Rules(2, 4, false));
					}
					catch (DrawingRefusedException ex) {
						return ex.getMessageKey();
					}
				}));
			}
			start.countDown();
			for (Future<Object> answer : answers) {
				outcomes.add(answer.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(outcomes).filteredOn(Drawing.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(String.class::isInstance).containsExactly("drawing.error.pendingDrawing");
		Drawing drawing = (Drawing) outcomes.stream().filter(Drawing.class::isInstance).findFirst().orElseThrow();
		this.drawings.cancel(drawing.getId(), this.drawings.drawing(drawing.getId()).getVersion(),
				"Made by a test of simultaneous preparations");
		// The reason of a cancellation is public, on the page and in the API.
		assertThat(get200("/drawings/" + drawing.getId())).contains("Made by a test of simultaneous preparations");
		assertThat(get200("/api/drawings/" + drawing.getId())).contains("\"status\":\"CANCELLED\"")
			.contains("\"cancelReason\":\"Made by a test of simultaneous preparations\"");
	}

	@Test
	void twoPeopleRevealingAtOnceGiveOneRevealAndA409SayingWhatChanged() throws Exception {
		List<String> states = free().take(ThematicCluster.III, 2, FreeStates.STATE, "KZ", "UZ", "KG", "TJ", "TM", "PK",
				"BD", "LK");
		long id = this.drawings
			.prepare("Revealed twice", 4, ThematicCluster.III, states, new DrawInput.Rules(2, 4, false))
			.getId();
		String version = String.valueOf(this.drawings.drawing(id).getVersion());
		MockHttpServletResponse first = this.mvc
			.perform(post("/admin/drawings/" + id + "/reveal").param("version", version).with(csrf()).with(SECRETARIAT))
			.andReturn()
			.getResponse();
		assertThat(first.getRedirectedUrl()).isEqualTo("/drawings/" + id);
		// The second, from the same page, comes while the first runs or after it ended:
		// either way a 409 page saying what changed, and nothing drawn twice.
		MockHttpServletResponse second = this.mvc
			.perform(post("/admin/drawings/" + id + "/reveal").param("version", version)
				.param("lang", "fr")
				.with(csrf())
				.with(otherSecretariat()))
			.andReturn()
			.getResponse();
		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString()).contains("Quelqu’un d’autre a modifié le tirage au sort entre-temps");
		await().atMost(Duration.ofSeconds(30)).until(() -> this.drawings.drawing(id).isRevealed());
		assertThat(this.audit.historyOf("drawing", String.valueOf(id))).extracting((e) -> e.getAction())
			.containsOnlyOnce("drawing.revealed");
		// Cancelling from a page shown before the reveal: a 409 too, and still revealed.
		MockHttpServletResponse cancel = this.mvc
			.perform(post("/admin/drawings/" + id + "/cancel").param("version", version)
				.param("reason", "Too late")
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse();
		assertThat(cancel.getStatus()).isEqualTo(409);
		assertThat(this.drawings.drawing(id).isRevealed()).isTrue();
	}

	@Test
	void explanationsNameStatesGroupsAndInstrumentsInTheReadersLanguage() {
		assertThat(this.explanations.text(new DrawingRefusedException.Explanation("drawing.explain.noReviewer.same",
				List.of("KE", "AFRICAN", "TIP")), java.util.Locale.FRENCH))
			.isEqualTo("Kenya : aucun État du même groupe régional (États d’Afrique) autre que lui-même n’est partie "
					+ "à l’instrument Traite des personnes.");
		assertThat(this.explanations.text(
				new DrawingRefusedException.Explanation("drawing.explain.capacity", List.of("LV, BW (+2)", "FA", "1")),
				java.util.Locale.ENGLISH))
			.startsWith("Latvia, Botswana (+2) cannot all be reviewed for Firearms")
			.contains("more than 1");
	}

	@Test
	void aDrawingJustRevealedHoldsItsStatesUntilTheCycleHasOpenedTheirReviews() {
		List<String> states = free().take(ThematicCluster.II, 2, FreeStates.STATE, "BI", "RW", "DJ", "ER", "ET", "SS",
				"SD", "MR", "GM", "GW", "CV", "MG", "MU");
		long id = this.drawings
			.prepare("Revealed, reviews not open yet", 4, ThematicCluster.II, states, new DrawInput.Rules(2, 4, false))
			.getId();
		// As right after a reveal, before the cycle has handled ReviewsDrawn (it opens
		// the reviews in its own time, after the reveal's commit): revealed, no review.
		this.jdbc.update("update drawing set status = 'REVEALED' where id = ?", id);
		try {
			assertThat(this.cycle.reviewsOfDrawing(id)).isEmpty();
			assertThatThrownBy(() -> this.drawings.prepare("Shopping", 4, ThematicCluster.II, states,
					new DrawInput.Rules(2, 4, false)))
				.isInstanceOfSatisfying(DrawingRefusedException.class,
						(ex) -> assertThat(ex.getMessageKey()).isEqualTo("drawing.error.pendingDrawing"));
		}
		finally {
			this.jdbc.update("update drawing set status = 'COMMITTED' where id = ?", id);
			this.drawings.cancel(id, this.drawings.drawing(id).getVersion(), "Made by a test");
		}
	}

}
