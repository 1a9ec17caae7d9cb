package org.palermo.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.palermo.accounts.AccountService;
import org.palermo.audit.AuditService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
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
 * The library end to end: uploads of each file type found at once by their words in any
 * language, safe downloads checked against their SHA-256, audited uploads, clear errors
 * in the reader's language, the pages without JavaScript, and a full re-index.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestReviewMemberships.class)
class LibraryIntegrationTests {

	@Autowired
	private java.util.List<SearchableContentSource> sources;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private AuditService audit;

	@Autowired
	private LibraryDocumentRepository documents;

	@Autowired
	private SearchService search;

	@Value("${palermo.data-dir}")
	private String dataDir;

	private DocumentsTestClient client;

	@BeforeEach
	void client() {
		this.client = new DocumentsTestClient(this.mvc, this.accounts);
	}

	private long upload(String word, String language, String fileName, byte[] content) throws Exception {
		return this.client.uploaded("secretariat",
				DocumentsTestClient.fields("title", "Document " + word, "type", "LEGISLATION", "language", language,
						"country", TestRun.COUNTRY, "instrument", "TIP", "articles", "3, 5", "date", "2023-04-01",
						"confidentiality", "PUBLIC"),
				fileName, content);
	}

	/**
	 * Counts among this run's uploads only (PostgreSQL keeps earlier runs' documents).
	 */
	private long found(String query) throws Exception {
		return this.client.search(null, query + "&country=" + TestRun.COUNTRY).path("total").asLong();
	}

	@Test
	void eachFileTypeIsSearchableAsSoonAsTheUploadReturns() throws Exception {
		upload("pdf", "en", "act.pdf", TestFiles.pdf("The gannetpdfword act on mutual legal assistance"));
		upload("docx", "en", "act.docx", TestFiles.docx("The gannetdocxword act on confiscation"));
		upload("odt", "en", "act.odt", TestFiles.odt("The gannetodtword act on extradition"));
		upload("html", "en", "act.html", TestFiles.html("The gannethtmlword act on witnesses"));
		upload("text", "en", "act.txt", "The gannettextword act on jurisdiction".getBytes(StandardCharsets.UTF_8));
		for (String word : new String[] { "gannetpdfword", "gannetdocxword", "gannetodtword", "gannethtmlword",
				"gannettextword" }) {
			assertThat(found("q=" + word)).as(word).isEqualTo(1);
		}
		assertThat(found("q=secretScriptWord")).as("script content of HTML is not text").isZero();
	}

	@Test
	void eachLanguageFindsItsVariantsThroughTheApi() throws Exception {
		upload("ar", "ar", "ar.txt", "حماية المهاجرين من التهريب".getBytes(StandardCharsets.UTF_8));
		upload("zh", "zh", "zh.txt", "关于打击偷运移民罪的规定".getBytes(StandardCharsets.UTF_8));
		upload("ru", "ru", "ru.txt", "О борьбе с незаконным ввозом мигрантов".getBytes(StandardCharsets.UTF_8));
		upload("fr", "fr", "fr.txt", "L'entraide judiciaire entre les États".getBytes(StandardCharsets.UTF_8));
		assertThat(found("q=بالمهاجرين&lang=ar")).isEqualTo(1);
		assertThat(found("q=偷运移民&lang=zh")).isEqualTo(1);
		assertThat(found("q=мигранты&lang=ru")).isEqualTo(1);
		assertThat(found("q=entraides&lang=fr")).isEqualTo(1);
		assertThat(found("q=entraide&lang=ru")).as("the language filter").isZero();
	}

	@Test
	void aFileIsServedAsAnAttachmentWithNosniffAndOnlyWhileItMatchesItsSha256() throws Exception {
		byte[] content = "<html><body><script>alert(1)</script>Loi</body></html>".getBytes(StandardCharsets.UTF_8);
		long id = upload("served", "fr", "loi ‹2024›.html", content);
		MockHttpServletResponse file = this.client.get(null, "/api/documents/" + id + "/file");
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsByteArray()).isEqualTo(content);
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''loi%20%E2%80%B92024%E2%80%BA.html");
		assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getContentType()).isEqualTo("application/octet-stream");
		JsonNode json = this.client.json(this.client.get(null, "/api/documents/" + id));
		assertThat(json.path("sha256").asText()).isEqualTo(DocumentService.sha256(content));
		assertThat(json.has("uploadedBy")).isFalse();

		String key = this.documents.findById(id).orElseThrow().getStorageKey();
		Files.write(Path.of(this.dataDir, "documents").resolve(key), "tampered".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse refused = this.mvc
			.perform(get("/api/documents/" + id + "/file").header("Accept-Language", "fr"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(500);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
			.contains("ne correspond plus à sa somme de contrôle")
			.doesNotContain("tampered");
	}

	@Test
	void anUploadIsAuditedWithItsChecksumAndUploader() throws Exception {
		long id = upload("audited", "en", "audited.txt", "audited text".getBytes(StandardCharsets.UTF_8));
		assertThat(this.audit.historyOf("document", String.valueOf(id))).singleElement().satisfies((event) -> {
			assertThat(event.getAction()).isEqualTo("document.uploaded");
			assertThat(event.getActor()).isEqualTo("secretariat");
			assertThat(event.getAfterState())
				.contains(DocumentService.sha256("audited text".getBytes(StandardCharsets.UTF_8)))
				.contains("PUBLIC");
		});
	}

	@Test
	void badFilesAndFieldsAreRefusedInTheCallersLanguage() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		Map<String, String> fields = DocumentsTestClient.fields("title", "Image", "type", "GUIDE", "language", "en",
				"confidentiality", "PUBLIC");
		assertThat(problem("fr", fields, "image.pdf", png)).startsWith("Ce type de fichier n'est pas accepté");
		assertThat(problem("es", fields, "empty.txt", new byte[0])).isEqualTo("Elija un archivo para subir.");
		assertThat(problem("ru", fields, "big.txt", new byte[20 * 1024 * 1024 + 1])).isEqualTo("Файл больше 20 МБ.");
		assertThat(
				problem("ar",
						DocumentsTestClient.fields("title", "x", "type", "NOT_A_TYPE", "language", "en",
								"confidentiality", "PUBLIC"),
						"a.txt", "a".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("اختر نوع الوثيقة.");
		assertThat(problem("zh", DocumentsTestClient.fields("title", "x", "type", "GUIDE", "language", "de",
				"confidentiality", "PUBLIC"), "a.txt", "a".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("请选择六种正式语文之一。");
		assertThat(problem("en",
				DocumentsTestClient.fields("title", "x", "type", "GUIDE", "language", "en", "confidentiality",
						"REVIEW"),
				"a.txt", "a".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("Give the number of the country review whose members may read the document.");
		MockHttpServletResponse badSearch = this.mvc
			.perform(get("/api/search?year=20x").header("Accept-Language", "fr"))
			.andReturn()
			.getResponse();
		assertThat(badSearch.getStatus()).isEqualTo(400);
		assertThat(this.client.json(badSearch).path("detail").asText())
			.isEqualTo("Indiquez l'année sur quatre chiffres.");
		assertThat(this.mvc.perform(get("/api/search?page=two")).andReturn().getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(this.mvc.perform(get("/library?language=xx").header("Accept-Language", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("[role=alert]").text()).isEqualTo("Elija uno de los seis idiomas oficiales.");
	}

	private String problem(String language, Map<String, String> fields, String name, byte[] content) throws Exception {
		var request = multipart("/api/documents")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.header("Accept-Language", language)
			.with(csrf())
			.with(this.client.as("secretariat"));
		fields.forEach(request::param);
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		return this.client.json(response).path("detail").asText();
	}

	private MockHttpServletSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = this.mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()).session(session))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/");
		return new MockHttpServletSession(session);
	}

	/** A signed-in browser session. */
	record MockHttpServletSession(MockHttpSession session) {
	}

	@Test
	void anExpertUploadsThroughTheFormAndFindsTheDocumentWithFacetLinksWithoutJavaScript() throws Exception {
		MockHttpSession session = signIn("expert").session();
		Document form = Jsoup.parse(this.mvc.perform(get("/documents/new").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("select#type option").eachAttr("value")).containsExactly("LEGISLATION", "CASE_LAW");
		assertThat(form.select("select#confidentiality option").eachAttr("value")).containsExactly("PUBLIC", "REVIEW");
		MockHttpServletResponse refused = this.mvc
			.perform(multipart("/documents")
				.file(new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
				.param("title", "Policy")
				.param("type", "POLICY")
				.param("language", "en")
				.param("confidentiality", "PUBLIC")
				.with(csrf())
				.session(session))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getContentAsString()).select("[role=alert]").text())
			.isEqualTo("A State's focal point or expert may add legislation or case law only.");
		MockHttpServletResponse created = this.mvc.perform(multipart("/documents")
			.file(new MockMultipartFile("file", "penal-code.txt", "text/plain",
					("Penal code: the " + TestRun.word("cormorantform") + " offence of laundering")
						.getBytes(StandardCharsets.UTF_8)))
			.param("title", "Penal code (amendment)")
			.param("type", "LEGISLATION")
			.param("language", "en")
			.param("instrument", "UNTOC")
			.param("articles", "6")
			.param("date", "2025-02-03")
			.param("confidentiality", "PUBLIC")
			.with(csrf())
			.session(session)).andReturn().getResponse();
		assertThat(created.getRedirectedUrl()).matches("/library/[0-9]+\\?uploaded");
		Document shown = Jsoup.parse(this.mvc.perform(get(created.getRedirectedUrl()).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(shown.select("h1").text()).isEqualTo("Penal code (amendment)");
		assertThat(shown.select("[role=status]").text()).isEqualTo("The document was added to the library.");

		Document results = Jsoup.parse(this.mvc.perform(get("/library?q=" + TestRun.word("cormorantform")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(results.select("ol.hits li h3").text()).isEqualTo("Penal code (amendment)");
		assertThat(results.select("ol.hits mark").text()).isEqualTo(TestRun.word("cormorantform"));
		String articleLink = results.select("aside.facets a.facet")
			.stream()
			.filter((a) -> a.text().startsWith("UNTOC 6"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(articleLink).contains("article=UNTOC%206").contains("q=" + TestRun.word("cormorantform"));
		Document filtered = Jsoup.parse(
				this.mvc.perform(get(java.net.URI.create(articleLink))).andReturn().getResponse().getContentAsString());
		assertThat(filtered.select("ol.hits li")).hasSize(1);
		assertThat(filtered.select("p.result-count").text()).isEqualTo("Results: 1");
	}

	@Test
	void theSecretariatRebuildsTheWholeIndexFromTheAdminPage() throws Exception {
		upload("reindexed", "en", "r.txt", "the ptarmiganreindexword".getBytes(StandardCharsets.UTF_8));
		MockHttpSession session = signIn("secretariat").session();
		MockHttpServletResponse started = this.mvc.perform(post("/admin/search/reindex").with(csrf()).session(session))
			.andReturn()
			.getResponse();
		assertThat(started.getRedirectedUrl()).startsWith("/admin/search");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (this.search.progress().running() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(this.search.progress().running()).isFalse();
		assertThat(this.search.progress().failed()).isFalse();
		// Everything every source holds is back: the library's documents and the review
		// content other test classes left (answers, observations, published documents).
		assertThat(this.search.indexed())
			.isEqualTo(this.sources.stream().mapToLong(SearchableContentSource::count).sum())
			.isGreaterThanOrEqualTo(this.documents.count());
		assertThat(found("q=ptarmiganreindexword")).isEqualTo(1);
		Document page = Jsoup.parse(
				this.mvc.perform(get("/admin/search").session(session)).andReturn().getResponse().getContentAsString());
		assertThat(page.select("progress").attr("value")).isEqualTo("100");
		assertThat(page.text()).contains("The last re-indexing finished.");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "ar, مكتبة التشريعات والوثائق, rtl", "zh, 立法和文件库, ltr",
			"en, Legislation and document library, ltr", "fr, Bibliothèque de législation et de documents, ltr",
			"ru, Библиотека законодательства и документов, ltr", "es, Biblioteca de legislación y documentos, ltr" })
	void theLibraryPagesSpeakEachOfficialLanguage(String language, String heading, String direction) throws Exception {
		upload("shown" + language, "en", "l.txt", "texte".getBytes(StandardCharsets.UTF_8));
		Document library = Jsoup
			.parse(this.client.get(null, "/library?sort=date&lang=" + language).getContentAsString());
		assertThat(library.select("h1").text()).isEqualTo(heading);
		assertThat(library.select("html").attr("dir")).isEqualTo(direction);
		assertThat(library.select("aside.facets h2")).isNotEmpty();
		for (String page : new String[] { "/documents/new", "/admin/search" }) {
			MockHttpServletResponse response = this.client.get("secretariat", page + "?lang=" + language);
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			assertThat(Jsoup.parse(response.getContentAsString()).select("h1").text()).as(page).isNotBlank();
		}
	}

	@Autowired
	private DocumentService documentService;

	@Autowired
	private org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void aRolledBackUploadLeavesNeitherAFileNorAnIndexEntry() throws Exception {
		Path root = Path.of(this.dataDir, "documents");
		long before = files(root);
		DocumentForm form = DocumentForm.parse("Rolled back", "GUIDE", "en", TestRun.COUNTRY, null, null, null,
				"PUBLIC", null, null);
		new org.springframework.transaction.support.TransactionTemplate(this.transactions)
			.executeWithoutResult((tx) -> {
				this.documentService.upload(form, "guide.txt",
						"the shearwaterrolledbackword guide".getBytes(StandardCharsets.UTF_8), "secretariat");
				assertThat(files(root)).isEqualTo(before + 1);
				tx.setRollbackOnly();
			});
		assertThat(files(root)).isEqualTo(before);
		assertThat(found("q=shearwaterrolledbackword")).isZero();
	}

	private static long files(Path root) {
		if (!Files.exists(root)) {
			return 0;
		}
		try (var walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).count();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
