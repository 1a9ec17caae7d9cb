package org.palermo.parties;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.palermo.audit.AuditService;
import org.palermo.instruments.Instrument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The secretariat imports an updated participation file through a preview of every
 * change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipationImportIntegrationTests {

	private static final RequestPostProcessor SECRETARIAT = user("secretariat").roles("SECRETARIAT");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PartyService parties;

	@Autowired
	private AuditService audit;

	private String currentFile() throws Exception {
		return this.mvc.perform(get("/api/parties.csv")).andReturn().getResponse().getContentAsString();
	}

	private String upload(String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/admin/participation/imports")
				.file(new MockMultipartFile("file", name, "text/csv", content))
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void aPreviewShowsEveryChangeAndNothingChangesUntilApplied() throws Exception {
		String file = currentFile().replaceFirst("(?m)^(NU,Niue,none,false,true,2012-07-16,accession),,,",
				"$1,false,,");
		String preview = upload("niue.csv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview).matches("/admin/participation/imports/\\d+");
		String page = this.mvc.perform(get(preview).with(SECRETARIAT)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Niue (NU)").contains("tip_party").contains("1 States would change");
		assertThat(this.parties.party("NU").participationIn(Instrument.TIP).orElseThrow().getParty()).isNull();

		String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(page).contains("apply them to 1 States");
		// Without the confirmation, nothing is applied.
		assertThat(this.mvc.perform(post(preview + "/apply").param("version", version).with(csrf()).with(SECRETARIAT))
			.andReturn()
			.getFlashMap()
			.get("error")).isEqualTo("import.error.confirm");
		assertThat(this.parties.party("NU").participationIn(Instrument.TIP).orElseThrow().getParty()).isNull();
		this.mvc.perform(post(preview + "/apply").param("version", version)
			.param("confirmed", "true")
			.with(csrf())
			.with(SECRETARIAT));
		assertThat(this.parties.party("NU").participationIn(Instrument.TIP).orElseThrow().getParty()).isFalse();
		assertThat(this.audit.historyOf("party", "NU")).singleElement().satisfies((event) -> {
			assertThat(event.getActor()).isEqualTo("secretariat");
			assertThat(event.getBeforeState()).contains("\"tip_party\":\"\"");
			assertThat(event.getAfterState()).contains("\"tip_party\":\"false\"");
		});

		String again = this.mvc
			.perform(post(preview + "/apply").param("version", version)
				.param("confirmed", "true")
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getFlashMap()
			.get("error")
			.toString();
		assertThat(again).isEqualTo("import.error.conflict");
	}

	@Test
	void aFileWithProblemsListsThemByLineAndCannotBeApplied() throws Exception {
		String file = currentFile().replaceFirst("(?m)^KE,Kenya,African,true,true,2004-06-16",
				"KE,Kenya,African,true,true,16/06/2004");
		String preview = upload("broken.csv", file.getBytes(StandardCharsets.UTF_8));
		String page = this.mvc.perform(get(preview).with(SECRETARIAT)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("untoc_date").contains("16/06/2004").contains("YYYY-MM-DD");
		assertThat(page).doesNotContain("/apply");
		assertThat(this.parties.party("KE").participationIn(Instrument.UNTOC).orElseThrow().getDate())
			.hasToString("2004-06-16");
	}

	@Test
	void aNewStateShowsAsAddedAndDiscardingChangesNothing() throws Exception {
		String file = currentFile() + "XK,Kosovo,none,false,,,,,,,,,,,,\n";
		String preview = upload("new.csv", file.getBytes(StandardCharsets.UTF_8));
		String page = this.mvc.perform(get(preview).with(SECRETARIAT)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Kosovo (XK)").contains("new");
		this.mvc.perform(post(preview + "/discard").with(csrf()).with(SECRETARIAT));
		assertThat(this.parties.exists("XK")).isFalse();
		String after = this.mvc.perform(get(preview).with(SECRETARIAT)).andReturn().getResponse().getContentAsString();
		assertThat(after).contains("Discarded").doesNotContain("/apply");
	}

	@Test
	void uploadsAreCheckedForSizeAndType() throws Exception {
		assertThat(upload("parties.xlsx", "iso2".getBytes())).isEqualTo("/admin/participation");
		assertThat(upload("binary.csv", new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 }))
			.isEqualTo("/admin/participation");
		byte[] large = new byte[1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		assertThat(upload("large.csv", large)).isEqualTo("/admin/participation");
		String error = this.mvc
			.perform(multipart("/admin/participation/imports")
				.file(new MockMultipartFile("file", "parties.xlsx", "application/octet-stream", "x".getBytes()))
				.with(csrf())
				.with(SECRETARIAT))
			.andReturn()
			.getFlashMap()
			.get("error")
			.toString();
		assertThat(error).isEqualTo("import.error.type");
	}

}
