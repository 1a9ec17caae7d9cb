package org.palermo.parties;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palermo.instruments.Instrument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The migrations load the reference files: counts as in data/SOURCES.md, unknown cells
 * left unknown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferenceDataIntegrationTests {

	@Autowired
	private PartyService parties;

	@Autowired
	private MockMvc mvc;

	@Test
	void everyStateOfTheReferenceFileIsLoadedWithItsParticipation() {
		assertThat(this.parties.find(null, null)).hasSizeGreaterThanOrEqualTo(198);
		assertThat(this.parties.find(null, Instrument.UNTOC)).hasSize(192);
		assertThat(this.parties.find(null, Instrument.TIP)).hasSize(175);
		assertThat(this.parties.find(null, Instrument.SOM)).hasSize(145);
		assertThat(this.parties.find(null, Instrument.FA)).hasSize(121);
		assertThat(this.parties.find(RegionalGroup.NONE, null)).extracting(StateParty::getCode)
			.containsExactlyInAnyOrder("CK", "EU", "VA", "NU");
	}

	@Test
	void theApiShowsOneStateInTheContractedShape() throws Exception {
		String json = this.mvc.perform(get("/api/parties/AF")).andReturn().getResponse().getContentAsString();
		assertThat(json).startsWith("{\"code\":\"AF\",\"name\":\"Afghanistan\",\"regionalGroup\":\"ASIA_PACIFIC\","
				+ "\"unMember\":true,\"instruments\":[{\"instrument\":\"UNTOC\",\"party\":true,"
				+ "\"date\":\"2003-09-24\",\"action\":\"RATIFICATION\"},"
				+ "{\"instrument\":\"TIP\",\"party\":null,\"date\":null,\"action\":null}");
	}

	@Test
	void anUnknownCellShowsAsNotRecordedNeverGuessed() throws Exception {
		String page = this.mvc.perform(get("/parties/AF")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Not recorded");
		String french = this.mvc.perform(get("/parties/AF").param("lang", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(french).contains("Non renseigné").contains("Afghanistan");
	}

	@Test
	void statesAreNamedAsTheUnitedNationsNameThemInEachLanguage() throws Exception {
		assertThat(
				this.mvc.perform(get("/parties/PS").param("lang", "fr")).andReturn().getResponse().getContentAsString())
			.contains("<h1>État de Palestine</h1>");
		assertThat(
				this.mvc.perform(get("/parties/KE").param("lang", "ru")).andReturn().getResponse().getContentAsString())
			.contains("<h1>Кения</h1>");
		assertThat(
				this.mvc.perform(get("/parties/VA").param("lang", "ar")).andReturn().getResponse().getContentAsString())
			.contains("<h1>الكرسي الرسولي</h1>");
	}

	@Test
	void theListFiltersByGroupAndInstrumentAndChartsTheCounts() throws Exception {
		String page = this.mvc.perform(get("/parties").param("group", "WEOG").param("instrument", "FA"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Austria").doesNotContain("Kenya").contains("class=\"bar\"");
		Map<Instrument, Map<RegionalGroup, Long>> perGroup = this.parties.partiesPerGroup();
		assertThat(perGroup.get(Instrument.UNTOC).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(192);
	}

	@Test
	void theCsvExportHasTheColumnsOfTheReferenceFile() throws Exception {
		var response = this.mvc.perform(get("/api/parties.csv")).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		List<String> lines = response.getContentAsString().lines().toList();
		assertThat(lines.get(0)).isEqualTo(String.join(",", ParticipationCsv.COLUMNS));
		assertThat(lines).contains(
				"AF,Afghanistan,Asia-Pacific,true,true,2003-09-24,ratification,,,,true,2017-02-02," + "accession,,,");
	}

	@Test
	void anUnknownStateIsAProblemJson404() throws Exception {
		var response = this.mvc.perform(get("/api/parties/QQ")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":404");
	}

}
