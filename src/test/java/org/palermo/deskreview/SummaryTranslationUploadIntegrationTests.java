package org.palermo.deskreview;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.audit.AuditEvent;
import org.palermo.audit.AuditService;
import org.palermo.cycle.CycleService;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Translations of the summary uploaded as a file, per language, through the page: a DOCX
 * or a UTF-8 text file becomes the translation (and goes stale when the source changes,
 * as a typed one does); other content, an empty or an oversized file are refused with a
 * message in the reader's language; only those who may translate may upload.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SummaryTranslationUploadIntegrationTests {

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
	private SummaryService summaries;

	@Autowired
	private AuditService audit;

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", DeskReviewCast.PASSWORD)
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		return session;
	}

	private MockHttpServletResponse upload(DeskReviewCast cast, String language, MockMultipartFile file, Long version,
			MockHttpSession session) throws Exception {
		var request = multipart("/reviews/" + cast.id() + "/summary/translations/" + language + "/file").file(file)
			.with(csrf())
			.session(session);
		if (version != null) {
			request.param("version", String.valueOf(version));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private Document summaryPage(DeskReviewCast cast, MockHttpSession session, String lang) throws Exception {
		var request = get("/reviews/" + cast.id() + "/summary").session(session);
		if (lang != null) {
			request.param("lang", lang);
		}
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private static byte[] docx(String... paragraphs) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private DeskReviewCast summaryInEnglish() {
		DeskReviewCast cast = new DeskReviewCast(this.accounts, this.cycle, this.people, "CK", "EE", "LV", "GN")
			.inPhase(ReviewPhase.LIST_OF_OBSERVATIONS);
		Article article = this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
		cast.as("surExpert");
		this.observations.add(cast.id(),
				new ObservationForm(article.getId(), ObservationType.GOOD_PRACTICE, "Victims are sheltered", null),
				cast.user("surExpert"));
		cast.inPhase(ReviewPhase.SUMMARY);
		cast.as("aExpert");
		this.summaries.startFromList(cast.id(), "en", cast.user("aExpert"));
		SecurityContextHolder.clearContext();
		return cast;
	}

	@Test
	void aDocxOrATextFileBecomesTheTranslationAndGoesStaleWhenTheSourceChanges() throws Exception {
		DeskReviewCast cast = summaryInEnglish();
		MockHttpSession translator = signIn(cast.user("secretariat"));
		MockHttpServletResponse sent = upload(cast, "fr",
				new MockMultipartFile("file", "resume-fr.docx",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
						docx("Bonnes pratiques", "Les victimes sont hébergées")),
				null, translator);
		assertThat(sent.getStatus()).isEqualTo(302);
		assertThat(sent.getRedirectedUrl()).endsWith("/summary#translation-fr");
		// A text file, named as anything, is read as UTF-8 text from its content.
		upload(cast, "ar",
				new MockMultipartFile("file", "summary.bin", "application/octet-stream",
						"يحصل الضحايا على المأوى\n".getBytes(StandardCharsets.UTF_8)),
				null, signIn(cast.user("surExpert")));

		Document page = summaryPage(cast, translator, null);
		assertThat(page.select(".notice").text()).isEqualTo("Translation uploaded.");
		assertThat(page.selectFirst("#translation-fr .summary-text").text())
			.isEqualTo("Bonnes pratiques Les victimes sont hébergées");
		assertThat(page.selectFirst("#translation-fr .summary-text").wholeText())
			.isEqualTo("Bonnes pratiques\nLes victimes sont hébergées");
		assertThat(page.selectFirst("#translation-ar .summary-text").text()).isEqualTo("يحصل الضحايا على المأوى");
		assertThat(page.select("#translation-fr .stale, #translation-ar .stale")).isEmpty();
		assertThat(this.audit.historyOf("SummaryDocument",
				String.valueOf(this.summaries.view(cast.id(), cast.user("secretariat")).summary().getId())))
			.extracting(AuditEvent::getAction)
			.contains("summary.translate", "summary.translationUploaded");

		// Replacing an uploaded translation needs the version read, as typing does.
		long frVersion = Long
			.parseLong(page.selectFirst("#translation-fr .translation-upload input[name=version]").val());
		assertThat(upload(cast, "fr",
				new MockMultipartFile("file", "resume.txt", "text/plain",
						"Les victimes reçoivent un abri".getBytes(StandardCharsets.UTF_8)),
				null, translator)
			.getStatus()).isEqualTo(409);
		upload(cast, "fr", new MockMultipartFile("file", "resume.txt", "text/plain",
				"Les victimes reçoivent un abri".getBytes(StandardCharsets.UTF_8)), frVersion, translator);
		assertThat(summaryPage(cast, translator, null).selectFirst("#translation-fr .summary-text").text())
			.isEqualTo("Les victimes reçoivent un abri");

		// The source changes: both uploaded translations are flagged stale.
		cast.as("aExpert");
		var summary = this.summaries.view(cast.id(), cast.user("aExpert")).summary();
		this.summaries.save(cast.id(), new SummaryForm(summary.getBody() + "\nAdded later", "en", summary.getVersion()),
				cast.user("aExpert"));
		SecurityContextHolder.clearContext();
		Document after = summaryPage(cast, translator, null);
		assertThat(after.select("#translation-fr .stale")).hasSize(1);
		assertThat(after.select("#translation-ar .stale")).hasSize(1);
	}

	@Test
	void otherContentAnEmptyOrAnOversizedFileIsRefusedInTheReadersLanguageAndNothingIsSaved() throws Exception {
		DeskReviewCast cast = new DeskReviewCast(this.accounts, this.cycle, this.people, "VA", "EE", "LV", "EU")
			.inPhase(ReviewPhase.LIST_OF_OBSERVATIONS);
		Article article = this.instruments.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.II)
			.findFirst()
			.orElseThrow();
		cast.as("surExpert");
		this.observations.add(cast.id(),
				new ObservationForm(article.getId(), ObservationType.SUGGESTION, "Train the judges", null),
				cast.user("surExpert"));
		cast.inPhase(ReviewPhase.SUMMARY);
		cast.as("aExpert");
		this.summaries.startFromList(cast.id(), "en", cast.user("aExpert"));
		SecurityContextHolder.clearContext();
		MockHttpSession translator = signIn(cast.user("aExpert"));

		// A PNG image named as a text file; a ZIP that is no Word document named .docx.
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("notes.txt"));
			out.write("not a document".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		byte[] latin1 = "Résumé en français".getBytes(StandardCharsets.ISO_8859_1);
		for (MockMultipartFile file : new MockMultipartFile[] {
				new MockMultipartFile("file", "resume.txt", "text/plain", png),
				new MockMultipartFile("file", "resume.docx",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip.toByteArray()),
				new MockMultipartFile("file", "resume.txt", "text/plain", latin1) }) {
			assertThat(upload(cast, "fr", file, null, translator).getStatus()).isEqualTo(302);
			Document page = summaryPage(cast, translator, "fr");
			assertThat(page.selectFirst("#translation-fr .error").text()).as(file.getOriginalFilename())
				.isEqualTo("Ce fichier n’est ni un document Word (DOCX) ni un fichier texte en UTF-8. "
						+ "Enregistrez-le en DOCX ou en texte UTF-8 et téléversez-le à nouveau.");
		}
		upload(cast, "es", new MockMultipartFile("file", "vacio.txt", "text/plain", new byte[0]), null, translator);
		assertThat(summaryPage(cast, translator, "es").selectFirst("#translation-es .error").text())
			.isEqualTo("El archivo está vacío o no contiene texto.");
		byte[] large = "a".repeat((int) TranslationFile.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8);
		upload(cast, "ru", new MockMultipartFile("file", "big.txt", "text/plain", large), null, translator);
		assertThat(summaryPage(cast, translator, "en").selectFirst("#translation-ru .error").text())
			.isEqualTo("The file is larger than 2 MB.");
		assertThat(this.summaries.view(cast.id(), cast.user("aExpert")).translations()).isEmpty();

		// Only those who may translate upload: not an observer, nor someone of another
		// review.
		MockMultipartFile text = new MockMultipartFile("file", "t.txt", "text/plain",
				"Texte".getBytes(StandardCharsets.UTF_8));
		assertThat(upload(cast, "fr", text, null, signIn(cast.user("surObserver"))).getStatus()).isEqualTo(403);
		assertThat(upload(cast, "fr", text, null, signIn(cast.user("otherExpert"))).getStatus()).isEqualTo(403);
		assertThat(this.summaries.view(cast.id(), cast.user("aExpert")).translations()).isEmpty();
	}

}
