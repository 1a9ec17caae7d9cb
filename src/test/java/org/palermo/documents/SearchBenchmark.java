package org.palermo.documents;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 generated documents of about 2 KB in the six languages: the indexing rate, and
 * query latency with an access filter against a LIKE query over the same rows in H2, in
 * the same run. Prints figures, asserts no timing (only that both find the same counts).
 * Run with {@code mvn -Pbench verify}.
 */
class SearchBenchmark {

	private static final int DOCUMENTS = Integer.getInteger("bench.documents", 100_000);

	private static final String[] LANGUAGES = { "ar", "zh", "en", "fr", "ru", "es" };

	/**
	 * Real words of the Mechanism, then made-up words, so queries range from common to
	 * rare.
	 */
	private static final String[][] WORDS = { { "الاتجار", "بالأشخاص", "المهاجرين", "الجريمة", "المنظمة", "الاتفاقية",
			"المحكمة", "القانون", "الضحايا", "التعاون" },
			{ "贩运", "人口", "移民", "犯罪", "组织", "公约", "法院", "法律", "受害者", "合作" },
			{ "trafficking", "persons", "migrants", "crime", "organized", "convention", "court", "law", "victims",
					"cooperation" },
			{ "traite", "personnes", "migrants", "criminalité", "organisée", "convention", "tribunal", "loi",
					"victimes", "coopération" },
			{ "торговля", "людьми", "мигрантов", "преступность", "организованная", "конвенция", "суд", "закон",
					"жертвы", "сотрудничество" },
			{ "trata", "personas", "migrantes", "delincuencia", "organizada", "convención", "tribunal", "ley",
					"víctimas", "cooperación" } };

	private static final String[][] SYLLABLES = { { "ka", "ri", "mo", "ta", "ne", "lu", "sa", "di", "fa", "zo" },
			{ "汇", "洗", "钱", "款", "罪", "证", "据", "引", "渡", "查", "没", "收" },
			{ "ka", "ri", "mo", "ta", "ne", "lu", "sa", "di", "fa", "zo" },
			{ "ka", "ri", "mo", "ta", "ne", "lu", "sa", "di", "fa", "zo" },
			{ "ка", "ри", "мо", "та", "не", "лу", "са", "ди", "фа", "зо" },
			{ "ka", "ri", "mo", "ta", "ne", "lu", "sa", "di", "fa", "zo" } };

	@TempDir
	Path directory;

	/** A made-up word of 3 syllables (4 characters in Chinese), from its number. */
	private static String madeUp(int language, int n) {
		String[] s = SYLLABLES[language];
		if (language == 1) {
			return s[n % s.length] + s[(n / s.length) % s.length] + s[(n / 144) % s.length] + s[(n / 1728) % s.length];
		}
		return s[n % 10] + s[(n / 10) % 10] + s[(n / 100) % 10] + ((language == 0) ? "" : "x");
	}

	/** Document {@code i}, the same in both stores: about 2 KB of text. */
	static SearchableContent document(int i) {
		Random random = new Random(i);
		int language = i % LANGUAGES.length;
		StringBuilder text = new StringBuilder(2200);
		while (text.length() < ((language == 1) ? 700 : 2000)) {
			// Zipf-like: real words often, made-up words over a long tail.
			String word = (random.nextInt(3) == 0) ? WORDS[language][random.nextInt(10)]
					: madeUp(language, (int) Math.min(999, Math.abs(random.nextGaussian()) * 250));
			text.append(word);
			if (language != 1) {
				text.append(' ');
			}
		}
		int level = random.nextInt(10);
		Confidentiality confidentiality = (level < 6) ? Confidentiality.PUBLIC : (level < 8) ? Confidentiality.REVIEW
				: (level < 9) ? Confidentiality.ORGANISATION : Confidentiality.SECRETARIAT;
		return new SearchableContent("bench", String.valueOf(i), "Document " + i, text.toString(), LANGUAGES[language],
				"C" + (char) ('A' + random.nextInt(26)),
				new String[] { "UNTOC", "TIP", "SOM", "FA" }[random.nextInt(4)],
				List.of("UNTOC " + (1 + random.nextInt(41))), "LEGISLATION",
				LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1), confidentiality,
				(long) random.nextInt(200), (long) random.nextInt(50), "/bench/" + i);
	}

	@Test
	void embeddedSearchAgainstLike() throws Exception {
		System.out.printf(Locale.ROOT, "%nSearch benchmark: %,d documents, 6 languages, %d cores, Java %s%n", DOCUMENTS,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		ReaderScope reader = new ReaderScope(false, Set.of(1L, 2L, 3L), 7L);
		List<String> keys = new ArrayList<>(reader.keys());

		long start = System.nanoTime();
		long bytes = 0;
		try (LuceneSearchIndex index = new LuceneSearchIndex(this.directory.resolve("index"))) {
			for (int i = 0; i < DOCUMENTS; i++) {
				SearchableContent content = document(i);
				bytes += content.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
				index.add(content);
			}
			index.flush();
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT,
					"Lucene indexing: %,d documents (%.0f MB of UTF-8 text) in %.1f s = %,.0f documents/s%n", DOCUMENTS,
					bytes / 1e6, seconds, DOCUMENTS / seconds);

			try (Connection db = DriverManager.getConnection(
					"jdbc:h2:file:" + this.directory.resolve("like") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa",
					"")) {
				start = System.nanoTime();
				load(db);
				System.out.printf(Locale.ROOT, "H2 load (same rows, for LIKE): %.1f s%n",
						(System.nanoTime() - start) / 1e9);

				List<String[]> queries = queries();
				// Warm up both, then check they agree on the counts the reader may see.
				for (String[] q : queries.subList(0, 20)) {
					index.search(new SearchQuery(q[1], q[0], null, null, null, null, null, false, 1, 10), reader);
				}
				long[] lucene = new long[queries.size()];
				long luceneHits = 0;
				for (int i = 0; i < queries.size(); i++) {
					String[] q = queries.get(i);
					long t = System.nanoTime();
					SearchResults results = index.search(
							new SearchQuery(q[1], q[0], null, null, null, null, null, false, 1 + i % 3, 10), reader);
					lucene[i] = System.nanoTime() - t;
					luceneHits += results.total();
				}
				int likeRuns = Math.min(25, queries.size());
				long[] like = new long[likeRuns];
				long likeHits = 0;
				for (int i = 0; i < likeRuns; i++) {
					String[] q = queries.get(i);
					long t = System.nanoTime();
					long count = like(db, keys, q[0], q[1]);
					like[i] = System.nanoTime() - t;
					long luceneCount = index
						.search(new SearchQuery(q[1], q[0], null, null, null, null, null, false, 1, 10), reader)
						.total();
					likeHits += count;
					if (count > 0) {
						assertThat(luceneCount).as("Lucene finds what LIKE finds: " + q[1]).isPositive();
					}
				}
				Arrays.sort(lucene);
				Arrays.sort(like);
				System.out.printf(Locale.ROOT,
						"Lucene query (words + access filter + facets + highlights + page): p50 %.2f ms, p95 %.2f ms over %d queries (%,d hits in all)%n",
						ms(lucene, 50), ms(lucene, 95), lucene.length, luceneHits);
				System.out.printf(Locale.ROOT,
						"LIKE query (same access filter, count + first page):              p50 %.2f ms, p95 %.2f ms over %d queries%n",
						ms(like, 50), ms(like, 95), like.length);
				System.out.printf(Locale.ROOT,
						"(LIKE matched %,d documents over its %d queries; Lucene also finds inflected forms)%n",
						likeHits, likeRuns);
				System.out.printf(Locale.ROOT, "Lucene is %.0fx faster at p50 and %.0fx at p95%n",
						ms(like, 50) / ms(lucene, 50), ms(like, 95) / ms(lucene, 95));
			}
		}
	}

	/** Words of each language, from common to rare, with the language to filter on. */
	private static List<String[]> queries() {
		List<String[]> queries = new ArrayList<>();
		Random random = new Random(42);
		for (int i = 0; i < 300; i++) {
			int language = i % LANGUAGES.length;
			String word = (i % 4 == 0) ? WORDS[language][random.nextInt(10)]
					: madeUp(language, (int) Math.min(999, Math.abs(random.nextGaussian()) * 250));
			queries.add(new String[] { LANGUAGES[language], word });
		}
		return queries;
	}

	private static void load(Connection db) throws Exception {
		try (Statement statement = db.createStatement()) {
			statement.execute("create table doc (id int primary key, language varchar(2), access_key varchar(40), "
					+ "title varchar(100), body text)");
		}
		db.setAutoCommit(false);
		try (PreparedStatement insert = db.prepareStatement("insert into doc values (?, ?, ?, ?, ?)")) {
			for (int i = 0; i < DOCUMENTS; i++) {
				SearchableContent content = document(i);
				insert.setInt(1, i);
				insert.setString(2, content.language());
				insert.setString(3, content.accessKey());
				insert.setString(4, content.title());
				insert.setString(5, content.text().toLowerCase(Locale.ROOT));
				insert.addBatch();
				if (i % 1000 == 999) {
					insert.executeBatch();
					db.commit();
				}
			}
			insert.executeBatch();
			db.commit();
		}
		db.setAutoCommit(true);
	}

	/**
	 * What a database without a search engine does: a count and the first page, by LIKE.
	 */
	private static long like(Connection db, List<String> keys, String language, String word) throws Exception {
		String in = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
		String where = " from doc where language = ? and access_key in (" + in + ") and body like ?";
		long count;
		try (PreparedStatement statement = db.prepareStatement("select count(*)" + where)) {
			bind(statement, keys, language, word);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				count = rows.getLong(1);
			}
		}
		try (PreparedStatement statement = db.prepareStatement("select id, title" + where + " order by id limit 10")) {
			bind(statement, keys, language, word);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getString(2);
				}
			}
		}
		return count;
	}

	private static void bind(PreparedStatement statement, List<String> keys, String language, String word)
			throws Exception {
		statement.setString(1, language);
		for (int i = 0; i < keys.size(); i++) {
			statement.setString(2 + i, keys.get(i));
		}
		statement.setString(2 + keys.size(), "%" + word.toLowerCase(Locale.ROOT) + "%");
	}

	private static double ms(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
