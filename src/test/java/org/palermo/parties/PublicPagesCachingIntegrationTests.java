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

}
