package org.palermo.parties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A reader who already has the list of parties revalidates it without the page being
 * rendered again, until a party's facts change; languages and filters have their own
 * tags.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesCachingIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anUnchangedListAnswersNotModifiedUntilAPartyChanges() throws Exception {
		MockHttpServletResponse first = this.mvc.perform(get("/parties")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(
				this.mvc.perform(get("/parties").header("If-None-Match", etag)).andReturn().getResponse().getStatus())
			.isEqualTo(304);
		assertThat(this.mvc.perform(get("/parties").param("lang", "fr").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/parties").param("group", "WEOG").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		// A signed-in person's page carries their own header: always rendered.
		assertThat(this.mvc.perform(get("/parties").header("If-None-Match", etag).with(user("observer")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		this.jdbc.update("update state_party set version = version + 1 where code = 'NZ'");
		MockHttpServletResponse changed = this.mvc.perform(get("/parties").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains("New Zealand");
	}

	/**
	 * Anonymous readers get the list from memory until a party's facts change; the page
	 * they get is then the new one.
	 */
	@Test
	void anonymousReadersGetTheSameListUntilAPartysParticipationChanges() throws Exception {
		String first = this.mvc.perform(get("/parties").param("group", "WEOG"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(get("/parties").param("group", "WEOG"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).isEqualTo(first);
		assertThat(faCellOfNorway(first)).isEqualTo("yes");
		Boolean before = this.jdbc.queryForObject(
				"select party from participation where party_code = 'NO' and instrument = 'FA'", Boolean.class);
		try {
			this.jdbc.update("update participation set party = false where party_code = 'NO' and instrument = 'FA'");
			this.jdbc.update("update state_party set version = version + 1 where code = 'NO'");
			String changed = this.mvc.perform(get("/parties").param("group", "WEOG"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(faCellOfNorway(changed)).isEqualTo("no");
			// A signed-in reader never gets the anonymous copy.
			assertThat(this.mvc.perform(get("/parties").param("group", "WEOG").with(user("observer")))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("observer");
		}
		finally {
			this.jdbc.update("update participation set party = ? where party_code = 'NO' and instrument = 'FA'",
					before);
			this.jdbc.update("update state_party set version = version + 1 where code = 'NO'");
		}
	}

	private static String faCellOfNorway(String html) {
		org.jsoup.nodes.Element row = org.jsoup.Jsoup.parse(html).selectFirst("tr:has(a[href=/parties/NO])");
		assertThat(row).isNotNull();
		return row.select("td").get(5).className();
	}

}
