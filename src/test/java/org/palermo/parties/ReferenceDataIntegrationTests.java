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

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void everyStateOfTheReferenceFileIsLoadedWithItsParticipation() {
		assertThat(this.parties.find(null, null)).hasSizeGreaterThanOrEqualTo(198);
		assertThat(this.parties.find(null, Instrument.UNTOC)).hasSize(192);
		// After the corrections of 2026-11-30 (V030): TIP 175 + 6, SOM 145 + 1.
		assertThat(this.parties.find(null, Instrument.TIP)).hasSize(181);
		assertThat(this.parties.find(null, Instrument.SOM)).hasSize(146);
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
				+ "{\"instrument\":\"TIP\",\"party\":true,\"date\":null,\"action\":\"ACCESSION\"}");
	}

	@Test
	void theCorrectionsOf30November2026AreInTheDatabase() {
		// Literal values from shared/data/changes-2026-11-30.csv (SOURCES.md section 9).
		List<String> expected = List.of("AF TIP true null ACCESSION", "CZ TIP true 2014-12-17 RATIFICATION",
				"SD TIP true 2014-12-02 ACCESSION", "MV TIP true null ACCESSION", "SL TIP true null null",
				"PW TIP true null ACCESSION", "TO TIP false null null", "KM SOM true null ACCESSION",
				"SS SOM false null null", "SD SOM true 2018-10-09 ACCESSION", "SD FA true 2018-10-04 ACCESSION",
				"BT UNTOC true 2023-02-20 ACCESSION", "BT TIP true 2023-02-20 ACCESSION",
				"SG TIP true 2015-09-28 ACCESSION", "BN TIP true 2020-03-30 ACCESSION",
				"BD TIP true 2019-09-12 ACCESSION", "BB TIP true 2014-11-11 null", "LK TIP true null RATIFICATION");
		for (String cell : expected) {
			String[] parts = cell.split(" ");
			List<Map<String, Object>> rows = this.jdbc.queryForList(
					"select party, deposit_date, action from participation where party_code = ? and instrument = ?",
					parts[0], parts[1]);
			assertThat(rows).as(cell).hasSize(1);
			Map<String, Object> row = rows.get(0);
			assertThat(parts[0] + " " + parts[1] + " " + row.get("party") + " " + row.get("deposit_date") + " "
					+ row.get("action"))
				.isEqualTo(cell);
		}
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
		assertThat(lines)
			.contains("AF,Afghanistan,Asia-Pacific,true,true,2003-09-24,ratification,true,,accession,true,2017-02-02,"
					+ "accession,,,");
	}

	@Test
	void anUnknownStateIsAProblemJson404() throws Exception {
		var response = this.mvc.perform(get("/api/parties/QQ")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":404");
	}

}
