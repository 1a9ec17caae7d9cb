package org.palermo.deskreview;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The general review counts what is published and nothing else, names no country, and
 * exports the same figures to CSV and XLSX.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GeneralReviewIntegrationTests {

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

	@Autowired
	private GeneralReviewService general;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private GeneralReviewService.Row3 row(String key) {
		return this.general.counts()
			.byArticle()
			.stream()
			.filter((r) -> r.key().equals(key))
			.findFirst()
			.orElse(new GeneralReviewService.Row3(key, 0, 0, 0));
	}

	private void agreedItem(DeskReviewCast cast, Article article, ObservationType type) {
		cast.as("surExpert");
		ObservationItem item = this.observations.add(cast.id(),
				new ObservationForm(article.getId(), type, "COUNTRYTEXT " + type, null), cast.user("surExpert"));
		for (String fp : new String[] { "surFocalPoint", "aFocalPoint", "bFocalPoint" }) {
			cast.as(fp);
			this.observations.clear(cast.id(), item.getId(), 1, cast.user(fp));
		}
	}

	@Test
	void onlyPublishedListsAreCountedAndTheExportsCarryTheSameFigures() throws Exception {
		Article article = this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
		String key = "UNTOC " + article.getNumber();
		GeneralReviewService.Row3 before = row(key);
		DeskReviewCast published = new DeskReviewCast(this.accounts, this.cycle, this.people, "GA", "EE", "LV", "CM")
			.inPhase(ReviewPhase.LIST_OF_OBSERVATIONS);
		agreedItem(published, article, ObservationType.GAP_OR_CHALLENGE);
		agreedItem(published, article, ObservationType.TECHNICAL_ASSISTANCE_NEED);
		DeskReviewCast unpublished = new DeskReviewCast(this.accounts, this.cycle, this.people, "TD", "EE", "LV", "CF")
			.inPhase(ReviewPhase.LIST_OF_OBSERVATIONS);
		agreedItem(unpublished, article, ObservationType.GOOD_PRACTICE);
		assertThat(row(key)).isEqualTo(before);

		published.as("surFocalPoint");
		this.publications.decide(published.id(), ReviewDocument.LIST_OF_OBSERVATIONS, true, null,
				published.user("surFocalPoint"));
		GeneralReviewService.Row3 after = row(key);
		assertThat(after.challenges()).isEqualTo(before.challenges() + 1);
		assertThat(after.assistanceNeeds()).isEqualTo(before.assistanceNeeds() + 1);
		assertThat(after.goodPractices()).isEqualTo(before.goodPractices());
		SecurityContextHolder.clearContext();

		MockHttpSession secretariat = new MockHttpSession();
		this.mvc.perform(post("/login").param("username", published.user("secretariat"))
			.param("password", DeskReviewCast.PASSWORD)
			.with(csrf())
			.session(secretariat));
		String page = this.mvc.perform(get("/admin/general-review").session(secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(key, "class=\"bar\"").doesNotContain("Gabon").doesNotContain("COUNTRYTEXT");
		String csv = this.mvc.perform(get("/admin/general-review.csv").session(secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(
				"\"" + key + "\"," + after.challenges() + "," + after.goodPractices() + "," + after.assistanceNeeds());
		MockHttpServletResponse xlsx = this.mvc.perform(get("/admin/general-review.xlsx").session(secretariat))
			.andReturn()
			.getResponse();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			boolean found = false;
			for (var r : sheet) {
				if (r.getCell(0).getStringCellValue().equals(key)) {
					found = true;
					assertThat((long) r.getCell(1).getNumericCellValue()).isEqualTo(after.challenges());
					assertThat((long) r.getCell(3).getNumericCellValue()).isEqualTo(after.assistanceNeeds());
				}
			}
			assertThat(found).isTrue();
		}
	}

}
