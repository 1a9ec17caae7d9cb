package org.palermo.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SpringBootTest
@AutoConfigureMockMvc
class LanguagesIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "ar", "zh", "en", "fr", "ru", "es" })
	void everyPageExistsInTheSixLanguagesWithTheRightDirection(String language) throws Exception {
		for (String path : new String[] { "/", "/parties", "/parties/KE", "/instruments", "/login" }) {
			var response = this.mvc.perform(get(path).param("lang", language)).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString())
				.contains("<html lang=\"" + language + "\" dir=\"" + ("ar".equals(language) ? "rtl" : "ltr") + "\">");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/accounts", "/admin/clusters", "/admin/participation", "/admin/audit",
			"/admin/outbox" })
	void adminScreensAreRightToLeftInArabicToo(String path) throws Exception {
		String page = this.mvc.perform(get(path).param("lang", "ar").with(user("secretariat").roles("SECRETARIAT")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">").contains("الأمانة");
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "xx", "../etc" })
	void anUnsupportedLanguageFallsBackToEnglish(String language) throws Exception {
		String page = this.mvc.perform(get("/").param("lang", language)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<html lang=\"en\" dir=\"ltr\">");
	}

}
