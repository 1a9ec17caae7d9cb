package org.palermo.parties;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.palermo.instruments.Instrument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The secretariat closes participation gaps from the depositary's own table: the UN
 * Treaty Collection status page of an instrument, saved as HTML, goes through the same
 * preview as the participation file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UntcStatusImportIntegrationTests {

	private static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PartyService parties;

	private MvcResult upload(String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/admin/participation/imports")
				.file(new MockMultipartFile("file", name, "text/html", content))
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn();
	}

	private String preview(String location, String lang) throws Exception {
		assertThat(location).matches("/admin/participation/imports/\\d+");
		return this.mvc.perform(get(location).param("lang", lang).with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theFirearmsProtocolStatusPageIsPreviewedAsTheChangesItBrings() throws Exception {
		byte[] page = new ClassPathResource("untc/firearms-protocol-status.html").getContentAsByteArray();
		String location = upload("XVIII-12-c.html", page).getResponse().getRedirectedUrl();
		String preview = preview(location, "en");
		// 15 participants matched by name (UN names, footnote marks, curly apostrophes);
		// three bring news for the Firearms Protocol, the others agree with the record.
		assertThat(preview).contains("3 States would change; 12 are unchanged.")
			.contains("Bolivia (Plurinational State of) (BO)")
			.contains("Guinea (GN)")
			.contains("Niger (NE)")
			.contains("fa_party")
			.contains("2010-06-16")
			.contains("ACCESSION")
			.doesNotContain("Guinea-Bissau (GW)")
			.doesNotContain("Nigeria (NG)")
			.doesNotContain("untoc_party")
			.contains("/apply");
		// Only a preview: nothing changes until applied.
		assertThat(this.parties.party("GN").participationIn(Instrument.FA).map(Participation::getParty)).isEmpty();
		this.mvc.perform(post(location + "/discard").with(csrf()).with(SECRETARIAT));
	}

	@Test
	void aNameThatMatchesNoStateAndAnUnreadableDateAreListedAndNothingCanBeApplied() throws Exception {
		String html = """
				<html><head><title>United Nations Treaty Collection</title></head><body>
				<h1>12. a Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and
				Children</h1>
				<table><tr><th>Participant</th><th>Signature</th><th>Ratification, Acceptance(A), Approval(AA),
				Accession(a), Succession(d)</th></tr>
				<tr><td>Atlantis</td><td></td><td>1 Jan 2004 a</td></tr>
				<tr><td>Niue<sup>5</sup></td><td></td><td>sometime in 2012</td></tr>
				<tr><td>United States of America</td><td>13 Dec 2000</td><td>3 Nov 2005</td></tr>
				</table></body></html>
				""";
		String preview = preview(
				upload("tip.htm", html.getBytes(StandardCharsets.UTF_8)).getResponse().getRedirectedUrl(), "fr");
		assertThat(preview).contains("Atlantis")
			.contains("ne correspond à aucun État enregistré dans Palermo")
			.contains("sometime in 2012")
			.contains("Date attendue sous la forme 24 Sep 2003")
			.doesNotContain("/apply");
	}

	@Test
	void anHtmlFileWithoutItsTableIsRefusedAtUpload() throws Exception {
		MvcResult result = upload("status.html",
				"<html><body><p>Saved too early</p></body></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/participation");
		assertThat(result.getFlashMap().get("error")).isEqualTo("untc.error.type");
	}

}
