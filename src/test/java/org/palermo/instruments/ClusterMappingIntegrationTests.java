package org.palermo.instruments;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.audit.AuditService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class ClusterMappingIntegrationTests {

	private static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private InstrumentService instruments;

	@Autowired
	private AuditService audit;

	private Article article(Instrument instrument, int number) {
		return this.instruments.articlesByInstrument()
			.get(instrument)
			.stream()
			.filter((a) -> a.getNumber() == number)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void everyArticleIsLoadedWithItsClusterAndTheBasisOfThePlacement() throws Exception {
		assertThat(this.instruments.articlesByInstrument().values().stream().mapToInt(List::size).sum()).isEqualTo(107);
		assertThat(article(Instrument.UNTOC, 5).getCluster()).isEqualTo(ThematicCluster.I);
		assertThat(article(Instrument.UNTOC, 5).getClusterBasis()).isEqualTo(ClusterBasis.PRACTICE);
		assertThat(article(Instrument.UNTOC, 1).getCluster()).isNull();
		String page = this.mvc.perform(get("/instruments")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Criminalization of participation in an organized criminal group")
			.contains("Practice")
			.contains("Default");
	}

	@Test
	void theSecretariatMovesAnArticleWithAReasonAndTheHistoryKeepsIt() throws Exception {
		Article article = article(Instrument.FA, 7);
		this.mvc.perform(post("/admin/clusters/articles/" + article.getId())
			.param("version", String.valueOf(article.getVersion()))
			.param("cluster", "IV")
			.param("reason", "Appendix of the procedures and rules checked")
			.with(csrf())
			.with(SECRETARIAT));
		Article moved = this.instruments.article(article.getId());
		assertThat(moved.getCluster()).isEqualTo(ThematicCluster.IV);
		assertThat(moved.getClusterBasis()).isEqualTo(ClusterBasis.SECRETARIAT);
		String page = this.mvc.perform(get("/admin/clusters/articles/" + article.getId()).with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Appendix of the procedures and rules checked").contains("secretariat");
		assertThat(this.audit.historyOf("article", String.valueOf(article.getId()))).singleElement()
			.satisfies((event) -> {
				assertThat(event.getActor()).isEqualTo("secretariat");
				assertThat(event.getAfterState()).contains("\"cluster\":\"IV\"");
			});
		String json = this.mvc.perform(get("/api/instruments")).andReturn().getResponse().getContentAsString();
		assertThat(json).contains("{\"number\":7,\"title\":\"" + article.getTitleEn()
				+ "\",\"cluster\":\"IV\",\"clusterBasis\":\"SECRETARIAT\"}");
	}

	@Test
	@WithMockUser(username = "first.editor", roles = "SECRETARIAT")
	void aConcurrentEditIsDetectedAndNothingIsOverwritten() throws Exception {
		Article article = article(Instrument.SOM, 10);
		long seen = article.getVersion();
		this.instruments.moveArticle(article.getId(), seen, ThematicCluster.III, "first editor");
		String page = this.mvc
			.perform(post("/admin/clusters/articles/" + article.getId()).param("version", String.valueOf(seen))
				.param("cluster", "I")
				.param("reason", "second editor, stale page")
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Someone else changed this article");
		assertThat(this.instruments.article(article.getId()).getCluster()).isEqualTo(ThematicCluster.III);
	}

	@Test
	void aReasonIsRequiredAndAnUnknownClusterRefused() throws Exception {
		Article article = article(Instrument.TIP, 9);
		String page = this.mvc
			.perform(post("/admin/clusters/articles/" + article.getId())
				.param("version", String.valueOf(article.getVersion()))
				.param("cluster", "V")
				.param("reason", "")
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Choose one of the four clusters").contains("Give a reason");
		assertThat(this.instruments.article(article.getId()).getVersion()).isEqualTo(article.getVersion());
	}

}
