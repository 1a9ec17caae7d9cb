package org.palermo.deskreview;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.instruments.ThematicCluster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The PDF or DOCX of a list or summary generated off the request thread: the form leads
 * to a progress page that refreshes itself without JavaScript (and polls with it), then
 * offers the file to the person who asked and to nobody else. On the demo's second review
 * of Kenya (cluster III), which has a list and a summary.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentGenerationIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleService cycle;

	@Autowired
	private DocumentGenerations generations;

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = this.mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()).session(session))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		return session;
	}

	private long review() {
		CountryReview review = this.cycle.reviewsOf("KE")
			.stream()
			.filter((r) -> r.getCluster() == ThematicCluster.III)
			.findFirst()
			.orElseThrow();
		return review.getId();
	}

	private String ask(long id, String document, String format, String lang, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/reviews/" + id + "/documents").param("document", document)
				.param("format", format)
				.param("lang", lang)
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).startsWith("/reviews/" + id + "/documents/");
		return response.getRedirectedUrl();
	}

	private MockHttpServletResponse fetch(String path, MockHttpSession session) throws Exception {
		return this.mvc.perform(get(path).session(session)).andReturn().getResponse();
	}

	private void assertWaiting(String generation, MockHttpSession session) throws Exception {
		Document waiting = Jsoup.parse(fetch(generation, session).getContentAsString());
		assertThat(waiting.select("#generation-state").text()).endsWith("-SUM-en.pdf is waiting to be generated.");
		assertThat(waiting.select("progress")).hasSize(1);
		assertThat(waiting.select("head noscript").html()).isEqualTo("<meta http-equiv=\"refresh\" content=\"2\">");
		assertThat(waiting.select("script[src=/js/document-generation.js]")).hasSize(1);
		assertThat(waiting.select("a.download")).isEmpty();
		assertThat(fetch(generation + "/file", session).getStatus()).isEqualTo(404);
	}

	@Test
	void theFormLeadsToAProgressPageThenTheFileForThePersonWhoAskedOnly() throws Exception {
		long id = review();
		MockHttpSession reviewer = signIn("reviewer");
		// The summary page offers the generation, not a download that blocks the request.
		Document summaryPage = Jsoup.parse(fetch("/reviews/" + id + "/summary", reviewer).getContentAsString());
		assertThat(summaryPage.select("form.downloads[action=/reviews/" + id + "/documents] button").text())
			.isEqualTo("Generate the document");

		// The renderer is held busy, so both asks wait: one renderer at a time.
		CountDownLatch busy = new CountDownLatch(1);
		this.generations.queue(() -> {
			try {
				busy.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		String first;
		String second;
		try {
			first = ask(id, "observations", "pdf", "ar", reviewer);
			second = ask(id, "summary", "pdf", "en", reviewer);
			assertWaiting(second, reviewer);
		}
		finally {
			busy.countDown();
		}

		await().atMost(java.time.Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(fetch(second + "/status", reviewer).getContentAsString())
				.contains("\"ready\":true"));
		Document ready = Jsoup.parse(fetch(second, reviewer).getContentAsString());
		assertThat(ready.select("head noscript")).isEmpty();
		assertThat(ready.select("a.download").attr("href")).isEqualTo(second + "/file");
		MockHttpServletResponse file = fetch(second + "/file", reviewer);
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").endsWith("-en.pdf\"");
		assertThat(new String(file.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");

		// Another reader of the same review does not find it; someone outside is refused.
		for (String path : new String[] { second, second + "/status", second + "/file", first + "/file" }) {
			assertThat(fetch(path, signIn("observer")).getStatus()).as(path).isEqualTo(404);
			assertThat(fetch(path, signIn("bureau")).getStatus()).as(path).isEqualTo(403);
		}
		MockHttpServletResponse anonymous = this.mvc.perform(get(second + "/file")).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(this.mvc
			.perform(post("/reviews/" + id + "/documents").param("document", "summary")
				.param("format", "pdf")
				.with(csrf())
				.session(signIn("bureau")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void anUnknownFormatIsRefusedWithAMessageOnThePage() throws Exception {
		long id = review();
		MockHttpSession expert = signIn("expert");
		MockHttpServletResponse refused = this.mvc
			.perform(post("/reviews/" + id + "/documents").param("document", "summary")
				.param("format", "exe")
				.with(csrf())
				.session(expert))
			.andReturn()
			.getResponse();
		assertThat(refused.getRedirectedUrl()).isEqualTo("/reviews/" + id + "/summary");
		assertThat(
				Jsoup.parse(fetch("/reviews/" + id + "/summary", expert).getContentAsString()).select("p.error").text())
			.isEqualTo("Choose the list or the summary, as PDF or DOCX.");
	}

}
