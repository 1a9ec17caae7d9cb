package org.palermo.system;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Input at its limits gives a page of bounded size or a clear error, never a 500: the
 * secretariat signed in the real way.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InputLimitsIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	private MockHttpSession secretariat;

	@BeforeEach
	void signIn() throws Exception {
		this.secretariat = TestAccounts.signIn(this.mvc, TestAccounts.create(this.accounts, Role.SECRETARIAT));
	}

	@Test
	void aFileOfHalfAMillionLinesGivesAShortPreview() throws Exception {
		String content = "iso2,name,regional_group,un_member,untoc_party,untoc_date,untoc_action,tip_party,tip_date,"
				+ "tip_action,som_party,som_date,som_action,fa_party,fa_date,fa_action\n" + "x\n".repeat(500_000);
		String preview = this.mvc
			.perform(multipart("/admin/participation/imports")
				.file(new MockMultipartFile("file", "big.csv", "text/csv", content.getBytes()))
				.with(csrf())
				.session(this.secretariat))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(preview).startsWith("/admin/participation/imports/");
		MockHttpServletResponse page = this.mvc.perform(get(preview).session(this.secretariat))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Too many problems");
		assertThat(page.getContentAsByteArray().length).isLessThan(200_000);
	}

	@Test
	void theImportFormPostedWithoutAFileSaysSo() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/admin/participation/imports").with(csrf()).session(this.secretariat))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/participation");
		String page = this.mvc.perform(get("/admin/participation").session(this.secretariat))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("class=\"error\"");
	}

	@Test
	void aFarAwayAuditPageIsAnEmptyPageNotAnError() throws Exception {
		for (String page : new String[] { "2147483647", "-5", "99999999" }) {
			assertThat(this.mvc.perform(get("/admin/audit").param("page", page).session(this.secretariat))
				.andReturn()
				.getResponse()
				.getStatus()).as("page " + page).isEqualTo(200);
		}
		assertThat(this.mvc.perform(get("/admin/security-events").param("page", "2147483647").session(this.secretariat))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

}
