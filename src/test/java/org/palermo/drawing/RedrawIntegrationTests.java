package org.palermo.drawing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.Reviewer;
import org.palermo.drawing.engine.Draw;
import org.palermo.drawing.engine.DrawJson;
import org.palermo.drawing.engine.DrawVerifier;
import org.palermo.drawing.engine.DrawingEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
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

	private void reveal(long id) throws Exception {
		this.mvc.perform(post("/admin/drawings/" + id + "/reveal")
			.param("version", String.valueOf(this.drawings.drawing(id).getVersion()))
			.with(csrf())
			.with(SECRETARIAT));
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
