package org.palermo.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded index: each language finds its variants, and access is in the query. */
class LuceneSearchIndexTests {

	@TempDir
	Path directory;

	private LuceneSearchIndex index;

	@BeforeEach
	void open() {
		this.index = new LuceneSearchIndex(this.directory.resolve("index"));
		add("ar", "قانون مكافحة الاتجار", "يحمي هذا القانون المهاجرين وضحايا الاتجار بالأشخاص.");
		add("zh", "打击洗钱法", "本法规定了洗钱犯罪的刑事责任和没收程序。");
		add("en", "Trafficking in Persons Act", "Whoever traffics a person commits an offence of trafficking.");
		add("fr", "Loi sur la criminalité organisée", "L'infraction de participation à un groupe criminel organisé.");
		add("ru", "Закон о конвенции", "Применение конвенции против транснациональной организованной преступности.");
		add("es", "Ley contra la delincuencia", "Los delitos de tráfico ilícito de migrantes serán castigados.");
	}

	@AfterEach
	void close() throws IOException {
		this.index.close();
	}

	private void add(String language, String title, String text) {
		this.index.index(content(language, language, title, text, Confidentiality.PUBLIC, null, null));
	}

	static SearchableContent content(String id, String language, String title, String text,
			Confidentiality confidentiality, Long reviewId, Long organisationId) {
		return new SearchableContent("test", id, title, text, language, "KE", "UNTOC", List.of("UNTOC 5"),
				"LEGISLATION", LocalDate.of(2024, 3, 1), confidentiality, reviewId, organisationId, "/t/" + id);
	}

	private List<String> found(String words) {
		return this.index.search(SearchQuery.of(words), ReaderScope.ANONYMOUS)
			.hits()
			.stream()
			.map(SearchResults.SearchHit::id)
			.toList();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "ar, المهاجر", "ar, والمهاجرون", "ar, بالمهاجرين", "ar, مهاجرين", "zh, 洗钱", "zh, 犯罪", "zh, 没收",
			"en, trafficked", "en, offences", "fr, infractions", "fr, d'infraction", "fr, criminels", "ru, конвенция",
			"ru, конвенцией", "ru, преступностью", "es, delito", "es, migrante" })
	void eachLanguageFindsTheVariantsOfItsWords(String language, String variant) {
		assertThat(found(variant)).containsExactly(language);
	}

	@Test
	void aChineseSearchMatchesInsideTextWithoutSpaces() {
		assertThat(found("洗钱犯罪")).containsExactly("zh");
		assertThat(found("犯罪洗钱")).isEmpty();
		this.index.index(content("zh2", "zh", "法院", "最高法院。其院长由议会任命。", Confidentiality.PUBLIC, null, null));
		assertThat(found("院长")).containsExactly("zh2");
		assertThat(found("法院长")).as("both bigrams occur, but not as one word").isEmpty();
	}

	@Test
	void theMatchingWordsAreMarkedAndTheTextEscaped() {
		this.index.index(content("x", "en", "Markup", "A <script> tag near smuggling of migrants",
				Confidentiality.PUBLIC, null, null));
		SearchResults results = this.index.search(SearchQuery.of("smuggling"), ReaderScope.ANONYMOUS);
		assertThat(results.hits()).singleElement()
			.satisfies((hit) -> assertThat(hit.snippet()).contains("<mark>smuggling</mark>")
				.contains("&lt;script&gt;")
				.doesNotContain("<script>"));
	}

	@Test
	void confidentialContentIsInvisibleToReadersWithoutTheKeyDownToCountsFacetsAndHighlights() {
		this.index.index(content("r1", "en", "Zanzibarian draft", "zanzibarian confidential findings",
				Confidentiality.REVIEW, 7L, null));
		this.index.index(content("o1", "en", "Zanzibarian input", "zanzibarian civil society input",
				Confidentiality.ORGANISATION, null, 3L));
		this.index.index(content("s1", "en", "Zanzibarian note", "zanzibarian secretariat note",
				Confidentiality.SECRETARIAT, null, null));
		assertThat(this.index.search(SearchQuery.of("zanzibarian"), ReaderScope.ANONYMOUS).total()).isZero();
		SearchResults member = this.index.search(SearchQuery.of("zanzibarian"),
				new ReaderScope(false, Set.of(7L), null));
		assertThat(member.hits()).extracting(SearchResults.SearchHit::id).containsExactly("r1");
		assertThat(member.total()).isEqualTo(1);
		assertThat(member.facets().get("language")).containsExactly(new SearchResults.FacetCount("en", 1));
		assertThat(this.index.search(SearchQuery.of("zanzibarian"), new ReaderScope(false, Set.of(8L), 3L)).hits())
			.extracting(SearchResults.SearchHit::id)
			.containsExactly("o1");
		assertThat(this.index.search(SearchQuery.of("zanzibarian"), new ReaderScope(true, Set.of(), null)).total())
			.isEqualTo(3);
		SearchResults everything = this.index.search(SearchQuery.of(null), ReaderScope.ANONYMOUS);
		assertThat(everything.total()).isEqualTo(6);
		assertThat(everything.facets().get("language")).extracting(SearchResults.FacetCount::count).containsOnly(1L);
		assertThat(everything.hits()).noneSatisfy((hit) -> assertThat(hit.snippet()).containsIgnoringCase("zanzibar"));
	}

	@Test
	void facetsFiltersSortAndPagesWork() {
		SearchResults all = this.index.search(new SearchQuery(null, null, null, null, null, null, null, true, 2, 4),
				ReaderScope.ANONYMOUS);
		assertThat(all.total()).isEqualTo(6);
		assertThat(all.hits()).hasSize(2);
		assertThat(all.pages()).isEqualTo(2);
		assertThat(all.facets().get("year")).containsExactly(new SearchResults.FacetCount("2024", 6));
		SearchResults far = this.index.search(
				new SearchQuery(null, null, null, null, null, null, null, false, Integer.MAX_VALUE, 50),
				ReaderScope.ANONYMOUS);
		assertThat(far.page()).isEqualTo(200);
		assertThat(far.hits()).isEmpty();
		SearchResults french = this.index.search(SearchQuery.of(null).withLanguage("fr"), ReaderScope.ANONYMOUS);
		assertThat(french.hits()).extracting(SearchResults.SearchHit::id).containsExactly("fr");
	}

	@Test
	void aBrokenOrMissingIndexIsRebuilt() throws IOException {
		this.index.close();
		Path path = this.directory.resolve("index");
		this.index = new LuceneSearchIndex(path);
		assertThat(this.index.needsRebuild()).isFalse();
		assertThat(this.index.count()).isEqualTo(6);
		this.index.close();
		try (Stream<Path> files = Files.list(path)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
		}
		this.index = new LuceneSearchIndex(path);
		assertThat(this.index.needsRebuild()).isTrue();
		assertThat(this.index.count()).isZero();
		this.index.rebuild(
				(sink) -> sink.accept(content("again", "en", "Again", "rebuilt", Confidentiality.PUBLIC, null, null)));
		assertThat(found("rebuilt")).containsExactly("again");
		this.index.close();
		this.index = new LuceneSearchIndex(this.directory.resolve("elsewhere"));
		assertThat(this.index.needsRebuild()).isTrue();
	}

}
