package org.palermo.deskreview;

import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewDocument;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewPhase;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.InstrumentService;
import org.palermo.instruments.ThematicCluster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The list of observations as PDF for the review's people, in Arabic with its headings,
 * and for the public only once published.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskReviewDocumentsIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CycleService cycle;

	@Autowired
	private ReviewPeopleService people;

	@Autowired
	private InstrumentService instruments;

	@Autowired
	private ObservationService observations;

	@Autowired
	private PublicationService publications;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// As in PdfRendererTests: presentation forms normalised, yeh-like letters
			// folded.
			return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
				.replace('\u0649', '\u064A')
				.replace('\u06CC', '\u064A');
		}
	}

	private static String fold(String text) {
		return text.replace('\u0649', '\u064A').replace('\u06CC', '\u064A');
	}

	@Test
	void theListIsAPdfInArabicForTheReviewsPeopleAndPublicOnlyOncePublished() throws Exception {
		DeskReviewCast cast = new DeskReviewCast(this.accounts, this.cycle, this.people, "MZ", "EE", "LV", "MW")
			.inPhase(ReviewPhase.LIST_OF_OBSERVATIONS);
		Article article = this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
		cast.as("surExpert");
		ObservationItem item = this.observations.add(cast.id(), new ObservationForm(article.getId(),
				ObservationType.TECHNICAL_ASSISTANCE_NEED, "يحتاج القضاة إلى التدريب", null), cast.user("surExpert"));
		SecurityContextHolder.clearContext();
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/login").param("username", cast.user("surObserver"))
			.param("password", DeskReviewCast.PASSWORD)
			.with(csrf())
			.session(session));
		MockHttpServletResponse response = this.mvc
			.perform(get("/reviews/" + cast.id() + "/observations.pdf").param("lang", "ar").session(session))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		String text = pdfText(response.getContentAsByteArray());
		assertThat(text).contains(fold("يحتاج القضاة إلى التدريب"), "UNTOC/RM/1/II/MZ/LOO",
				fold("حاجة إلى المساعدة التقنية"), fold("التوزيع: محدود"));
		MockHttpServletResponse docx = this.mvc
			.perform(get("/reviews/" + cast.id() + "/observations.docx").param("lang", "fr").session(session))
			.andReturn()
			.getResponse();
		assertThat(docx.getStatus()).isEqualTo(200);
		assertThat(docx.getHeader("Content-Disposition")).contains("UNTOC-RM-1-II-MZ-LOO-fr.docx");

		String publicPdf = "/parties/MZ/reviews/" + cast.id() + "/observations.pdf";
		assertThat(this.mvc.perform(get(publicPdf)).andReturn().getResponse().getStatus()).isEqualTo(404);
		for (String fp : new String[] { "surFocalPoint", "aFocalPoint", "bFocalPoint" }) {
			cast.as(fp);
			this.observations.clear(cast.id(), item.getId(), 1, cast.user(fp));
		}
		cast.as("surFocalPoint");
		this.publications.decide(cast.id(), ReviewDocument.LIST_OF_OBSERVATIONS, true, null,
				cast.user("surFocalPoint"));
		SecurityContextHolder.clearContext();
		MockHttpServletResponse published = this.mvc.perform(get(publicPdf).param("lang", "zh"))
			.andReturn()
			.getResponse();
		assertThat(published.getStatus()).isEqualTo(200);
		assertThat(pdfText(published.getContentAsByteArray())).contains("技术援助需求",
				Normalizer.normalize("分发：普遍", Normalizer.Form.NFKC), fold("يحتاج القضاة إلى التدريب"));
	}

}
