package org.palermo.deskreview;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewPhase;
import org.palermo.instruments.ThematicCluster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * On a fresh start, the demo's second review of Kenya (cluster III) shows every demo role
 * of the review a populated desk review: France's written feedback, a dialogue thread, a
 * list of observations and its summary; and an outsider nothing of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoDeskReviewIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleService cycle;

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = this.mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()).session(session))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		return session;
	}

	private String page(String path, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void everyDemoRoleOfTheReviewFindsFeedbackDialogueListAndSummary() throws Exception {
		CountryReview review = this.cycle.reviewsOf("KE")
			.stream()
			.filter((r) -> r.getCluster() == ThematicCluster.III)
			.findFirst()
			.orElseThrow();
		assertThat(review.getPhase()).isEqualTo(ReviewPhase.SUMMARY);
		String base = "/reviews/" + review.getId();
		for (String who : List.of("secretariat", "focalpoint", "expert", "observer", "reviewer")) {
			MockHttpSession session = signIn(who);
			assertThat(page(base + "/feedback", session)).as(who)
				.contains("Few money-laundering cases reach a conviction (demo).");
			assertThat(page(base + "/observations", session)).as(who)
				.contains("Quick sharing of financial intelligence with the police (demo).",
						"Training of investigators in joint investigations with neighbouring States (demo).");
			assertThat(page(base + "/summary", session)).as(who)
				.contains("Few money-laundering prosecutions lead to a conviction (demo).");
		}
		for (String who : List.of("secretariat", "focalpoint", "expert", "reviewer")) {
			assertThat(page(base + "/dialogue", signIn(who))).as(who)
				.contains("The figures for 2023 are in the annual report", "could you say how many of those cases");
		}
		// The timeline says France has yet to clear the summary and Ghana has nobody to.
		org.jsoup.nodes.Element summaryRow = org.jsoup.Jsoup.parse(page(base + "/timeline", signIn("focalpoint")))
			.selectFirst("tr[data-step=SUMMARY]");
		assertThat(summaryRow.select(".awaited li").eachText()).containsExactly("France: Focal point",
				"Ghana: nobody named yet");
		assertThat(summaryRow.select(".done-by").text()).isEqualTo("Kenya");
		// Nothing of it reaches someone outside the review.
		MockHttpServletResponse outsider = this.mvc.perform(get(base + "/feedback").session(signIn("bureau")))
			.andReturn()
			.getResponse();
		assertThat(outsider.getStatus()).isEqualTo(403);
	}

}
