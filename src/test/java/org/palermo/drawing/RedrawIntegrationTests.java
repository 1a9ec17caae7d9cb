package org.palermo.drawing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.Reviewer;
import org.palermo.drawing.engine.Draw;
import org.palermo.drawing.engine.DrawInput;
import org.palermo.drawing.engine.DrawJson;
import org.palermo.drawing.engine.DrawVerifier;
import org.palermo.drawing.engine.DrawingEngine;
import org.palermo.instruments.ThematicCluster;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationService;
import org.palermo.parties.PartyNames;
import org.palermo.parties.PartyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The focal point of a State under review refuses a reviewer, at most twice; the redraw
 * is verifiable.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RedrawIntegrationTests {

	private static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DrawingService drawings;

	@Autowired
	private CycleService cycle;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuditService audit;

	@Autowired
	private DrawingRequests requests;

	@Autowired
	private PartyNames names;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private PartyService parties;

	/** Reveals as the secretariat does and waits until the drawing has its outcome. */
	private void reveal(long id) throws Exception {
		this.mvc.perform(post("/admin/drawings/" + id + "/reveal")
			.param("version", String.valueOf(this.drawings.drawing(id).getVersion()))
			.with(csrf())
			.with(SECRETARIAT));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.drawings.drawing(id).getStatus() != Drawing.Status.COMMITTED);
	}

	/** States free for a drawing on a cluster (the database is shared by every class). */
	private FreeStates free() {
		return new FreeStates(this.parties, this.drawings);
	}

	/** A revealed drawing of these States, its reviews open in the cycle. */
	private long drawn(ThematicCluster cluster, List<String> states) throws Exception {
		long id = this.drawings.prepare("Redraw safety " + states, 3, cluster, states, new DrawInput.Rules(2, 4, false))
			.getId();
		reveal(id);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cycle.reviewsOfDrawing(id).size() == states.size());
		return id;
	}

	/** A focal point account of the State under review, recorded for the review. */
	private RequestPostProcessor focalPoint(CountryReview review) throws Exception {
		String name = "fp." + review.getStateUnderReview().toLowerCase(Locale.ROOT) + review.getId();
		this.accounts.createDemoAccount(new InvitationForm(name, "Focal point", name + "@example.org", Role.FOCAL_POINT,
				review.getStateUnderReview(), null), "a long enough passphrase");
		this.mvc.perform(post("/reviews/" + review.getId() + "/people").param("role", "FOCAL_POINT")
			.param("party", review.getStateUnderReview())
			.param("username", name)
			.param("noteVerbaleReference", "NV/" + review.getId())
			.param("noteVerbaleDate", "2024-01-15")
			.with(csrf())
			.with(SECRETARIAT));
		return user(name).roles("FOCAL_POINT");
	}

	private Draw published(long drawingId) throws Exception {
		return DrawJson.readDraw(this.mvc.perform(get("/api/drawings/" + drawingId + "/draw.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private static Map<String, Integer> drawOrders(Draw draw) {
		Map<String, Integer> orders = new HashMap<>();
		draw.reviews()
			.forEach((review) -> review.reviewers()
				.forEach(
						(r) -> orders.put(review.stateUnderReview() + ">" + r.code() + "/" + r.slot(), r.drawOrder())));
		return orders;
	}

	@Test
	void keptPairingsKeepTheirOriginalDrawOrder() throws Exception {
		List<String> states = free().take(ThematicCluster.II, 4, FreeStates.STATE, "CL", "PL", "ZA", "AU", "UY", "LT",
				"SN", "NO", "PY", "FJ", "WS", "TO", "VU", "KI", "NR", "PW");
		long original = drawn(ThematicCluster.II, states);
		CountryReview review = this.cycle.reviewsOfDrawing(original).get(0);
		RequestPostProcessor fp = focalPoint(review);
		Map<String, Integer> before = drawOrders(published(original));
		String refused = review.getReviewers().get(0).getPartyCode();
		long redraw = redraw(review, refused, fp);
		reveal(redraw);
		Map<String, Integer> after = drawOrders(published(redraw));
		int largest = before.values().stream().max(Integer::compare).orElseThrow();
		after.forEach((pairing, order) -> {
			if (before.containsKey(pairing)) {
				assertThat(order).as(pairing).isEqualTo(before.get(pairing));
			}
			else {
				assertThat(order).as("a new lot is numbered after every kept one: " + pairing).isGreaterThan(largest);
			}
		});
		assertThat(before.keySet().stream().filter((k) -> !after.containsKey(k))).containsExactly(
				review.getStateUnderReview() + ">" + refused + "/" + review.getReviewers().get(0).getSlot().name());
	}

	@Test
	void twoRedrawRequestsAtOnceGiveOneRedrawAndOneRefusal() throws Exception {
		List<String> states = free().take(ThematicCluster.III, 4, FreeStates.STATE, "FI", "CR", "MA", "PH", "SE", "EC",
				"TN", "VN", "DK", "SV", "LS", "SZ", "MW", "MZ");
		long original = drawn(ThematicCluster.III, states);
		List<CountryReview> reviews = this.cycle.reviewsOfDrawing(original);
		CountryReview first = reviews.get(0);
		CountryReview second = reviews.get(1);
		RequestPostProcessor one = focalPoint(first);
		RequestPostProcessor two = focalPoint(second);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (Object[] ask : List.of(new Object[] { first, one }, new Object[] { second, two })) {
				CountryReview review = (CountryReview) ask[0];
				answers.add(threads.submit(() -> {
					start.await();
					return this.mvc
						.perform(post("/reviews/" + review.getId() + "/redraw")
							.param("reviewer", review.getReviewers().get(0).getPartyCode())
							.param("reason", "Both at once")
							.param("lang", "fr")
							.with(csrf())
							.with((RequestPostProcessor) ask[1]))
						.andReturn()
						.getResponse();
				}));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (int i = 0; i < answers.size(); i++) {
				// Each request returns at once (to its progress page, or refused by the
				// quick checks); the page then shows the outcome.
				responses.add(settled(answers.get(i).get(60, TimeUnit.SECONDS), i == 0 ? one : two, "fr"));
			}
			assertThat(responses).filteredOn((r) -> r.getRedirectedUrl() != null)
				.singleElement()
				.satisfies((r) -> assertThat(r.getRedirectedUrl()).matches("/drawings/\\d+"));
			assertThat(responses).filteredOn((r) -> r.getRedirectedUrl() == null).singleElement().satisfies((r) -> {
				assertThat(r.getStatus()).isEqualTo(200);
				assertThat(r.getContentAsString()).contains("attend déjà sa révélation");
			});
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.drawings.redrawsOf(first.getId()).size() + this.drawings.redrawsOf(second.getId()).size())
			.isEqualTo(1);
		// The database itself holds the rule: a second pending redraw of the drawing
		// cannot be written, whatever the code above it does.
		Long pending = this.jdbc.queryForObject("select id from drawing where pending_redraw_of = ?", Long.class,
				original);
		assertThatThrownBy(
				() -> this.jdbc.update("update drawing set pending_redraw_of = ? where id = ?", original, original))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(pending).isNotNull();
	}

	@Test
	void aRedrawWhoseKeptPairingsChangedFailsWithItsExplanationIsToldAndDoesNotCount() throws Exception {
		List<String> states = free().take(ThematicCluster.IV, 3, FreeStates.STATE, "LV", "BW", "JO", "SK", "CI", "DO",
				"MN", "SI", "GE", "AL", "AM", "AZ", "BA", "MD", "ME", "MK", "RS");
		long original = drawn(ThematicCluster.IV, states);
		List<CountryReview> reviews = this.cycle.reviewsOfDrawing(original);
		CountryReview review = reviews.get(0);
		CountryReview other = reviews.get(1);
		RequestPostProcessor fp = focalPoint(review);
		RequestPostProcessor otherFp = focalPoint(other);
		long redraw = redraw(review, review.getReviewers().get(0).getPartyCode(), fp);
		// Data from before the rule of one pending redraw per drawing (V060) may hold two
		// at once: made so here by clearing the first one's mark. The second, revealed
		// first, changes the pairings the first one keeps.
		this.jdbc.update("update drawing set pending_redraw_of = null where id = ?", redraw);
		long meanwhile = redraw(other, other.getReviewers().get(0).getPartyCode(), otherFp);
		reveal(meanwhile);
		assertThat(this.drawings.drawing(meanwhile).isRevealed()).isTrue();
		reveal(redraw);

		Drawing failed = this.drawings.drawing(redraw);
		assertThat(failed.getStatus()).isEqualTo(Drawing.Status.FAILED);
		assertThat(failed.getRevealedSeed()).isNull();
		String page = this.mvc.perform(get("/drawings/" + redraw).param("lang", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Échoué, rien n’a été tiré")
			.contains("ne sont plus à jour")
			.contains("les États examinateurs de "
					+ HtmlUtils.htmlEscape(this.names.name(other.getStateUnderReview(), Locale.FRENCH))
					+ " ont changé");
		assertThat(this.cycle.review(review.getId()).getReviewers()).extracting(Reviewer::getPartyCode)
			.containsExactlyElementsOf(review.getReviewers().stream().map(Reviewer::getPartyCode).toList());
		assertThat(DrawingService.redrawsCounted(this.drawings.redrawsOf(review.getId()))).isZero();
		assertThat(this.mvc.perform(get("/api/drawings/" + redraw)).andReturn().getResponse().getContentAsString())
			.contains("\"status\":\"FAILED\"")
			.contains("\"failure\":[{\"key\":\"drawing.redraw.stale\",\"arguments\":[\"" + other.getStateUnderReview()
					+ "\"]}]");
		assertThat(this.audit.historyOf("drawing", String.valueOf(redraw))).extracting((e) -> e.getAction())
			.contains("drawing.redraw.failed");

		// Told in their inboxes, with a link to the redraw: the focal point of the State
		// under review (here in French) and the secretariat; not another State's.
		String inbox = await().atMost(Duration.ofSeconds(20))
			.until(() -> this.mvc.perform(get("/notifications").param("lang", "fr").with(fp))
				.andReturn()
				.getResponse()
				.getContentAsString(), (text) -> text.contains("href=\"/drawings/" + redraw + "\""));
		assertThat(inbox).contains("Le nouveau tirage demandé dans l’examen de")
			.contains("a échoué : rien n’a été tiré");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.notifications.inbox("secretariat", NotificationKind.REVIEW_CHANGED, false)
				.stream()
				.anyMatch((n) -> n.getLink().equals("/drawings/" + redraw)
						&& n.getMessageKey().equals("drawing.notification.redrawFailed")));
		assertThat(this.mvc.perform(get("/notifications").with(otherFp)).andReturn().getResponse().getContentAsString())
			.doesNotContain("href=\"/drawings/" + redraw + "\"");

		// Never stuck: the focal point asks again and the form still offers two redraws.
		CountryReview now = this.cycle.review(review.getId());
		assertThat(this.mvc.perform(get("/reviews/" + review.getId() + "/redraw").with(fp))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("(0 so far");
		long again = redraw(now, now.getReviewers().get(0).getPartyCode(), fp);
		reveal(again);
		assertThat(this.drawings.drawing(again).isRevealed()).isTrue();
	}

	@Test
	void whetherTheCycleHasCaughtUpWithARevealedRedrawChangesNoOutcome() throws Exception {
		List<String> states = free().take(ThematicCluster.I, 4, FreeStates.STATE, "BE", "NL", "AT", "CH", "PT", "IT",
				"ES", "DE", "CZ", "HU", "RO", "BG", "UA", "KZ", "UZ", "KG", "TJ", "TM");
		long original = drawn(ThematicCluster.I, states);
		List<CountryReview> reviews = this.cycle.reviewsOfDrawing(original);
		CountryReview a = reviews.get(0);
		CountryReview b = reviews.get(1);
		RequestPostProcessor fpA = focalPoint(a);
		RequestPostProcessor fpB = focalPoint(b);
		String refused = a.getReviewers().get(0).getPartyCode();
		long first = redraw(a, refused, fpA);
		reveal(first);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.cycle.review(a.getId()).getReviewingStates().contains(refused));
		List<Reviewer> applied = this.cycle.review(a.getId()).getReviewers();
		// The cycle applies a revealed redraw on its event, after the reveal's commit and
		// in its own time. Made deterministic here: A's reviewers put back as before, as
		// if that event had not been handled yet.
		this.cycle.replaceReviewers(a.getId(), a.getReviewers(), original);

		// B's focal point asks meanwhile: accepted, keeping A's pairings as drawn by the
		// first redraw (the drawing module's own record), not the cycle's stale copy.
		long second = redraw(b, b.getReviewers().get(0).getPartyCode(), fpB);
		String input = this.mvc.perform(get("/api/drawings/" + second + "/input.json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (Draw.Reviewer kept : review(published(first), a.getStateUnderReview()).reviewers()) {
			assertThat(input)
				.contains("{\"stateUnderReview\":\"" + a.getStateUnderReview() + "\",\"code\":\"" + kept.code() + "\"");
		}
		// Revealed while the cycle still lags: drawn, not failed as stale.
		reveal(second);
		assertThat(this.drawings.drawing(second).getStatus()).isEqualTo(Drawing.Status.REVEALED);
		assertThat(review(published(second), a.getStateUnderReview()))
			.isEqualTo(review(published(first), a.getStateUnderReview()));
		// The late event lands; every review ends as the drawing module recorded it.
		this.cycle.replaceReviewers(a.getId(), applied, first);
		Draw last = published(second);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			for (CountryReview review : this.cycle.reviewsOfDrawing(original)) {
				assertThat(review.getReviewingStates()).as(review.getStateUnderReview())
					.containsExactlyInAnyOrderElementsOf(review(last, review.getStateUnderReview()).reviewers()
						.stream()
						.map(Draw.Reviewer::code)
						.toList());
			}
		});
	}

	private static Draw.Review review(Draw draw, String stateUnderReview) {
		return draw.reviews()
			.stream()
			.filter((r) -> r.stateUnderReview().equals(stateUnderReview))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aRedrawRequestRunsOffTheRequestThreadAndOnlyItsAuthorSeesIt() throws Exception {
		List<String> states = free().take(ThematicCluster.II, 3, FreeStates.STATE, "EE", "IE", "GR", "SM", "AD", "JM",
				"TT", "GY", "BB", "BS", "LC", "VC", "GD", "KN", "AG", "DM");
		long original = drawn(ThematicCluster.II, states);
		CountryReview review = this.cycle.reviewsOfDrawing(original).get(0);
		RequestPostProcessor fp = focalPoint(review);
		CountDownLatch release = new CountDownLatch(1);
		String name = "fp." + review.getStateUnderReview().toLowerCase(Locale.ROOT) + review.getId();
		DrawingRequests.Request request = this.requests.start(name, review.getId(),
				new DrawingRequests.RedrawTyped(review.getReviewers().get(0).getPartyCode(), "Held back by the test"),
				() -> {
					try {
						release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					throw new DrawingRefusedException("drawing.redraw.pending", "");
				});
		String path = "/reviews/" + review.getId() + "/redraw/requests/" + request.getToken();
		MockHttpServletResponse running = this.mvc.perform(get(path).param("lang", "es").with(fp))
			.andReturn()
			.getResponse();
		assertThat(running.getStatus()).isEqualTo(200);
		assertThat(running.getHeader("Refresh")).isEqualTo("2");
		assertThat(running.getContentAsString()).contains("Comprobando que existe un sorteo válido")
			.contains("<progress");
		// Nobody else learns of it: the page is the focal point's own (the secretariat,
		// who may not ask, is refused), and a token not theirs is unknown.
		assertThat(this.mvc.perform(get(path).with(SECRETARIAT)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(this.mvc
			.perform(get("/reviews/" + review.getId() + "/redraw/requests/" + java.util.UUID.randomUUID()).with(fp))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		release.countDown();
		// Ended: the form again, the refusal in the reader's language, the reason as
		// typed.
		String done = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mvc.perform(get(path).param("lang", "fr").with(fp)).andReturn().getResponse(),
					(page) -> page.getHeader("Refresh") == null)
			.getContentAsString();
		assertThat(done).contains("attend déjà sa révélation").contains("value=\"Held back by the test\"");
	}

	/**
	 * Follows a redraw request under way to its outcome as a browser would: its page
	 * refreshes itself (a Refresh header) until it sends to the redraw, or shows the form
	 * again with the refusal.
	 */
	private MockHttpServletResponse settled(MockHttpServletResponse response, RequestPostProcessor who, String lang)
			throws Exception {
		String location = response.getRedirectedUrl();
		if (location == null || !location.matches("/reviews/\\d+/redraw/requests/.+")) {
			return response;
		}
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.mvc.perform(get(location).param("lang", lang).with(who)).andReturn().getResponse(),
					(page) -> page.getHeader("Refresh") == null);
	}

	private long redraw(CountryReview review, String reviewer, RequestPostProcessor focalPoint) throws Exception {
		String location = settled(this.mvc
			.perform(post("/reviews/" + review.getId() + "/redraw").param("reviewer", reviewer)
				.param("reason", "A conflict of interest")
				.with(csrf())
				.with(focalPoint))
			.andReturn()
			.getResponse(), focalPoint, "en").getRedirectedUrl();
		assertThat(location).as("redirect to the redraw").matches("/drawings/\\d+");
		return Long.parseLong(location.substring("/drawings/".length()));
	}

	@Test
	void aRedrawReplacesOnlyTheRefusedReviewerAndIsLimitedToTwo() throws Exception {
		this.accounts.createDemoAccount(new InvitationForm("fp.mexico", "Focal point of Mexico", "fp.mx@example.org",
				Role.FOCAL_POINT, "MX", null), "a long enough passphrase");
		RequestPostProcessor mexico = user("fp.mexico").roles("FOCAL_POINT");
		long original = this.drawings
			.prepare("Redraw test", 3, org.palermo.instruments.ThematicCluster.IV, List.of("MX", "NZ", "EG", "IN"),
					new org.palermo.drawing.engine.DrawInput.Rules(2, 4, false))
			.getId();
		reveal(original);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cycle.reviewsOfDrawing(original).size() == 4);
		List<CountryReview> before = this.cycle.reviewsOfDrawing(original);
		CountryReview review = before.stream()
			.filter((r) -> r.getStateUnderReview().equals("MX"))
			.findFirst()
			.orElseThrow();
		// Mexico's focal point may ask only once the secretariat has recorded them for
		// this
		// review.
		assertThat(this.mvc.perform(get("/reviews/" + review.getId() + "/redraw").with(mexico))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		this.mvc.perform(post("/reviews/" + review.getId() + "/people").param("role", "FOCAL_POINT")
			.param("party", "MX")
			.param("username", "fp.mexico")
			.param("noteVerbaleReference", "NV/MX/1")
			.param("noteVerbaleDate", "2024-01-15")
			.with(csrf())
			.with(SECRETARIAT));
		String refused = review.getReviewers().get(0).getPartyCode();

		assertThat(this.mvc.perform(get("/reviews/" + review.getId() + "/redraw").with(mexico))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Ask for a redraw");
		long first = redraw(review, refused, mexico);
		assertThat(this.drawings.drawing(first).isRevealed()).isFalse();
		assertThat(this.mvc.perform(get("/drawings/" + first).param("lang", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("<h1>Nouveau tirage pour Mexique (Groupe IV");
		reveal(first);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.cycle.review(review.getId()).getReviewingStates().contains(refused));

		CountryReview after = this.cycle.review(review.getId());
		assertThat(after.getReviewers()).extracting(Reviewer::getPartyCode).doesNotContain(refused);
		for (CountryReview other : this.cycle.reviewsOfDrawing(original)) {
			if (!other.getId().equals(review.getId())) {
				CountryReview was = before.stream()
					.filter((r) -> r.getId().equals(other.getId()))
					.findFirst()
					.orElseThrow();
				assertThat(other.getReviewers()).extracting(Reviewer::getPartyCode)
					.containsExactlyElementsOf(was.getReviewers().stream().map(Reviewer::getPartyCode).toList());
			}
		}
		// The redraw is verifiable like any drawing.
		byte[] input = this.mvc.perform(get("/api/drawings/" + first + "/input.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String seed = this.jdbc.queryForObject("select seed from drawing where id = ?", String.class, first);
		Draw again = new DrawingEngine().draw(input, HexFormat.of().parseHex(seed));
		assertThat(this.mvc.perform(get("/api/drawings/" + first + "/draw.json"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.trim()).isEqualTo(DrawJson.write(again));
		assertThat(DrawVerifier.ruleViolations(DrawJson.readInput(input), again)).isEmpty();
		assertThat(new String(input, StandardCharsets.UTF_8))
			.contains("{\"stateUnderReview\":\"MX\",\"reviewer\":\"" + refused + "\"}");

		String second = after.getReviewers().get(after.getReviewers().size() - 1).getPartyCode();
		reveal(redraw(after, second, mexico));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.cycle.review(review.getId()).getReviewingStates().contains(second));
		CountryReview twice = this.cycle.review(review.getId());
		assertThat(twice.getReviewers()).extracting(Reviewer::getPartyCode).doesNotContain(refused, second);

		String third = settled(this.mvc
			.perform(post("/reviews/" + review.getId() + "/redraw")
				.param("reviewer", twice.getReviewers().get(0).getPartyCode())
				.param("reason", "Once more")
				.with(csrf())
				.with(mexico))
			.andReturn()
			.getResponse(), mexico, "en").getContentAsString();
		assertThat(third).contains("already had its two redraws");
		assertThat(this.drawings.redrawsOf(review.getId())).hasSize(2);
	}

	@Test
	void anotherStatesFocalPointCannotAskForARedraw() throws Exception {
		CountryReview kenya = this.cycle.reviewsOf("KE").get(0);
		long original = this.drawings
			.prepare("Someone else's", 3, org.palermo.instruments.ThematicCluster.III, List.of("PE", "GH"),
					new org.palermo.drawing.engine.DrawInput.Rules(2, 4, false))
			.getId();
		reveal(original);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cycle.reviewsOfDrawing(original).size() == 2);
		CountryReview peru = this.cycle.reviewsOfDrawing(original).get(1);
		assertThat(peru.getStateUnderReview()).isEqualTo("PE");
		int page = this.mvc
			.perform(post("/reviews/" + peru.getId() + "/redraw")
				.param("reviewer", peru.getReviewers().get(0).getPartyCode())
				.param("reason", "Not mine to ask")
				.with(csrf())
				.with(user("focalpoint").roles("FOCAL_POINT")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(page).isEqualTo(403);
		// Nor does Kenya's focal point see the link on Peru's review page.
		assertThat(this.mvc.perform(get("/reviews/" + peru.getId()).with(user("focalpoint").roles("FOCAL_POINT")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/redraw");
		assertThat(this.drawings.redrawsOf(peru.getId())).isEmpty();
		assertThat(kenya.getDrawingId()).isNull();
	}

}
