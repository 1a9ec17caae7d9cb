package org.palermo.drawing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
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

	/** Reveals as the secretariat does and waits until the drawing has its outcome. */
	private void reveal(long id) throws Exception {
		this.mvc.perform(post("/admin/drawings/" + id + "/reveal")
			.param("version", String.valueOf(this.drawings.drawing(id).getVersion()))
			.with(csrf())
			.with(SECRETARIAT));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.drawings.drawing(id).getStatus() != Drawing.Status.COMMITTED);
	}

	/**
	 * Of these States, the first {@code n} with neither an active review on the cluster
	 * nor a committed drawing for it (the test database is shared by every test class).
	 */
	private List<String> free(ThematicCluster cluster, int n, String... candidates) {
		Set<String> busy = new HashSet<>(this.cycle.statesWithActiveReview(List.of(candidates), cluster));
		for (Drawing d : this.drawings.all()) {
			if (d.getStatus() == Drawing.Status.COMMITTED && cluster.equals(d.getCluster())) {
				busy.addAll(this.drawings.statesUnderReview(d));
			}
		}
		List<String> free = Arrays.stream(candidates).filter((c) -> !busy.contains(c)).limit(n).toList();
		assertThat(free).as("free States for the test").hasSize(n);
		return free;
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
		List<String> states = free(ThematicCluster.II, 4, "CL", "PL", "ZA", "AU", "UY", "LT", "SN", "NO", "PY", "HR");
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
		List<String> states = free(ThematicCluster.III, 4, "FI", "CR", "MA", "PH", "SE", "EC", "TN", "VN", "DK", "SV");
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
			for (Future<MockHttpServletResponse> answer : answers) {
				responses.add(answer.get(60, TimeUnit.SECONDS));
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
	void aRedrawWhoseKeptPairingsChangedFailsWithItsExplanationAndDoesNotCount() throws Exception {
		List<String> states = free(ThematicCluster.IV, 3, "LV", "BW", "JO", "SK", "CI", "DO", "MN", "SI", "GE");
		long original = drawn(ThematicCluster.IV, states);
		List<CountryReview> reviews = this.cycle.reviewsOfDrawing(original);
		CountryReview review = reviews.get(0);
		CountryReview other = reviews.get(1);
		RequestPostProcessor fp = focalPoint(review);
		long redraw = redraw(review, review.getReviewers().get(0).getPartyCode(), fp);
		// Meanwhile another review of the drawing changes its reviewers (here, directly
		// in the cycle): the redraw's kept pairings are no longer current.
		List<Reviewer> was = other.getReviewers();
		this.cycle.replaceReviewers(other.getId(), was.subList(0, was.size() - 1), original);
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
			.contains("les États examinateurs de " + other.getStateUnderReview() + " ont changé");
		assertThat(this.cycle.review(review.getId()).getReviewers()).extracting(Reviewer::getPartyCode)
			.containsExactlyElementsOf(review.getReviewers().stream().map(Reviewer::getPartyCode).toList());
		assertThat(DrawingService.redrawsCounted(this.drawings.redrawsOf(review.getId()))).isZero();
		assertThat(this.mvc.perform(get("/api/drawings/" + redraw)).andReturn().getResponse().getContentAsString())
			.contains("\"status\":\"FAILED\"")
			.contains("\"failure\":[{\"key\":\"drawing.redraw.stale\",\"arguments\":[\"" + other.getStateUnderReview()
					+ "\"]}]");
		assertThat(this.audit.historyOf("drawing", String.valueOf(redraw))).extracting((e) -> e.getAction())
			.contains("drawing.redraw.failed");

		// Never stuck: once the reviews are back as drawn, the focal point asks again and
		// the form still offers two redraws.
		this.cycle.replaceReviewers(other.getId(), was, original);
		assertThat(this.mvc.perform(get("/reviews/" + review.getId() + "/redraw").with(fp))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("(0 so far");
		long again = redraw(review, review.getReviewers().get(0).getPartyCode(), fp);
		reveal(again);
		assertThat(this.drawings.drawing(again).isRevealed()).isTrue();
	}

	private long redraw(CountryReview review, String reviewer, RequestPostProcessor focalPoint) throws Exception {
		String location = this.mvc
			.perform(post("/reviews/" + review.getId() + "/redraw").param("reviewer", reviewer)
				.param("reason", "A conflict of interest")
				.with(csrf())
				.with(focalPoint))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
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

		String third = this.mvc
			.perform(post("/reviews/" + review.getId() + "/redraw")
				.param("reviewer", twice.getReviewers().get(0).getPartyCode())
				.param("reason", "Once more")
				.with(csrf())
				.with(mexico))
			.andReturn()
			.getResponse()
			.getContentAsString();
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
