package org.palermo.documents;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded index: one Lucene directory under the data dir. Every query carries the
 * reader's access keys as a filter clause, so hits, counts, facets and highlights are all
 * computed over what the reader may read and nothing else.
 */
class LuceneSearchIndex implements SearchIndex, Closeable {

	/** Bumped whenever the document layout changes, so an old index is rebuilt. */
	static final String SCHEMA = "1";

	private static final Logger logger = LoggerFactory.getLogger(LuceneSearchIndex.class);

	private static final String KEY = "key";

	private static final String ACCESS = "access";

	private static final String DATE = "date";

	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	private final Analyzer analyzer = Analyzers.perField();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final boolean needsRebuild;

	private final boolean privateCopy;

	LuceneSearchIndex(Path path) {
		try {
			Files.createDirectories(path);
			Directory directory = FSDirectory.open(path);
			boolean rebuild;
			boolean privateCopy = false;
			IndexWriter writer;
			try {
				rebuild = !DirectoryReader.indexExists(directory)
						|| !SCHEMA.equals(SegmentInfos.readLatestCommit(directory).getUserData().get("schema"));
				writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
			}
			catch (LockObtainFailedException ex) {
				// Another process (or another application context in tests) holds this
				// index: keep a private one rather than share a writer.
				directory.close();
				Path own = Files.createTempDirectory("palermo-index");
				logger.warn("The search index at {} is in use; using {} instead, rebuilt now", path, own);
				directory = FSDirectory.open(own);
				rebuild = true;
				privateCopy = true;
				writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("The search index at {} is unreadable ({}); it is rebuilt", path, ex.toString());
				rebuild = true;
				for (String file : directory.listAll()) {
					directory.deleteFile(file);
				}
				writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
			}
			this.directory = directory;
			this.writer = writer;
			this.needsRebuild = rebuild;
			this.privateCopy = privateCopy;
			if (rebuild) {
				this.writer.deleteAll();
				commit();
			}
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
		IndexWriterConfig config = new IndexWriterConfig(this.analyzer);
		config.setOpenMode(mode);
		config.setRAMBufferSizeMB(32);
		return config;
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	/** Whether the index at the given path was in use, so this one is a private copy. */
	boolean isPrivateCopy() {
		return this.privateCopy;
	}

	@Override
	public boolean needsRebuild() {
		return this.needsRebuild;
	}

	@Override
	public void index(SearchableContent content) {
		try {
			this.writer.updateDocument(new Term(KEY, content.key()), document(content));
			commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void remove(String key) {
		try {
			this.writer.deleteDocuments(new Term(KEY, key));
			commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void rebuild(Consumer<Consumer<SearchableContent>> feeder) {
		try {
			this.writer.deleteAll();
			feeder.accept((content) -> {
				try {
					this.writer.updateDocument(new Term(KEY, content.key()), document(content));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds without committing, for bulk loads such as the benchmark. */
	void add(SearchableContent content) throws IOException {
		this.writer.addDocument(document(content));
	}

	/** Commits and makes everything added visible to searches. */
	void flush() throws IOException {
		commit();
		this.searchers.maybeRefreshBlocking();
	}

	private void commit() throws IOException {
		this.writer.setLiveCommitData(Map.of("schema", SCHEMA).entrySet());
		this.writer.commit();
	}

	@Override
	public long count() {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Document document(SearchableContent content) {
		if (!Analyzers.LANGUAGES.contains(content.language())) {
			throw new IllegalArgumentException("language " + content.language());
		}
		Document doc = new Document();
		doc.add(new StringField(KEY, content.key(), Field.Store.YES));
		doc.add(new StringField(ACCESS, content.accessKey(), Field.Store.NO));
		doc.add(new StoredField("source", content.source()));
		doc.add(new StoredField("id", content.id()));
		doc.add(new StoredField("url", content.url()));
		doc.add(new Field(Analyzers.titleField(content.language()), content.title(), TEXT_WITH_OFFSETS));
		doc.add(new Field(Analyzers.textField(content.language()), content.text(), TEXT_WITH_OFFSETS));
		keyword(doc, "title", content.title(), false);
		keyword(doc, "language", content.language(), true);
		keyword(doc, "country", content.country(), true);
		keyword(doc, "instrument", content.instrument(), true);
		keyword(doc, "type", content.type(), true);
		for (String article : content.articles()) {
			keyword(doc, "article", article, true);
		}
		if (content.date() != null) {
			doc.add(new StoredField(DATE, content.date().toString()));
			doc.add(new NumericDocValuesField(DATE, content.date().toEpochDay()));
			keyword(doc, "year", String.valueOf(content.date().getYear()), true);
		}
		else {
			doc.add(new NumericDocValuesField(DATE, Long.MIN_VALUE));
		}
		return doc;
	}

	private static void keyword(Document doc, String name, String value, boolean facet) {
		if (value == null || value.isBlank()) {
			return;
		}
		if (facet) {
			doc.add(new StringField(name, value, Field.Store.YES));
			doc.add(new SortedSetDocValuesField("facet_" + name, new BytesRef(value)));
		}
		else {
			doc.add(new StoredField(name, value));
		}
	}

	/**
	 * The reader's query: their words, their filters, and always the access filter
	 * (nothing for the secretariat).
	 */
	Query query(SearchQuery query, ReaderScope scope) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		Query words = words(query.text());
		builder.add((words != null) ? words : new MatchAllDocsQuery(), Occur.MUST);
		if (!scope.secretariat()) {
			BooleanQuery.Builder access = new BooleanQuery.Builder();
			for (String key : scope.keys()) {
				access.add(new TermQuery(new Term(ACCESS, key)), Occur.SHOULD);
			}
			access.setMinimumNumberShouldMatch(1);
			builder.add(access.build(), Occur.FILTER);
		}
		filter(builder, "language", query.language());
		filter(builder, "country", query.country());
		filter(builder, "instrument", query.instrument());
		filter(builder, "article", query.article());
		filter(builder, "type", query.type());
		filter(builder, "year", query.year());
		return builder.build();
	}

	/** The words, analysed in each language against that language's fields. */
	Query words(String text) {
		if (text == null) {
			return null;
		}
		Map<String, Float> weights = new LinkedHashMap<>();
		for (String language : Analyzers.LANGUAGES) {
			weights.put(Analyzers.titleField(language), 2f);
			weights.put(Analyzers.textField(language), 1f);
		}
		SimpleQueryParser parser = new SimpleQueryParser(this.analyzer, weights) {

			/**
			 * Chinese is written without spaces: a word of several characters must match
			 * as adjacent bigrams (a phrase), not as bigrams anywhere in the text.
			 */
			@Override
			protected Query newDefaultQuery(String text) {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				for (Map.Entry<String, Float> field : this.weights.entrySet()) {
					Query query = field.getKey().endsWith("_zh") ? createPhraseQuery(field.getKey(), text)
							: createBooleanQuery(field.getKey(), text, getDefaultOperator());
					if (query != null) {
						any.add(new BoostQuery(query, field.getValue()), Occur.SHOULD);
					}
				}
				return simplify(any.build());
			}

		};
		parser.setDefaultOperator(Occur.MUST);
		return parser.parse(text);
	}

	private static void filter(BooleanQuery.Builder builder, String field, String value) {
		if (value != null) {
			builder.add(new TermQuery(new Term(field, value)), Occur.FILTER);
		}
	}

	@Override
	public SearchResults search(SearchQuery query, ReaderScope scope) {
		Query lucene = query(query, scope);
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				int wanted = query.page() * query.size();
				CollectorManager<?, ? extends TopDocs> topDocs = query.sortByDate() ? new TopFieldCollectorManager(
						new Sort(new SortField(DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE), wanted,
						Integer.MAX_VALUE) : new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
				// One pass over the matches for the page, the count and the facets alike.
				Object[] collected = searcher.search(lucene,
						new MultiCollectorManager(topDocs, new FacetCollectorManager()));
				TopDocs top = (TopDocs) collected[0];
				FacetCounts facets = (FacetCounts) collected[1];
				ScoreDoc[] all = top.scoreDocs;
				int from = Math.min((query.page() - 1) * query.size(), all.length);
				ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
				TopDocs pageDocs = new TopDocs(top.totalHits, page);
				Map<String, String[]> highlights = highlight(searcher, lucene, pageDocs);
				List<SearchResults.SearchHit> hits = new ArrayList<>();
				for (int i = 0; i < page.length; i++) {
					Document doc = searcher.storedFields().document(page[i].doc);
					String language = doc.get("language");
					String snippet = highlights.get(Analyzers.textField(language))[i];
					if (snippet == null) {
						snippet = escape(abbreviate(doc.get(Analyzers.textField(language))));
					}
					hits.add(new SearchResults.SearchHit(doc.get("source"), doc.get("id"), doc.get("title"),
							doc.get("type"), language, doc.get("country"), doc.get("instrument"), doc.get(DATE),
							doc.get("url"), snippet));
				}
				return new SearchResults(facets.total, query.page(), query.size(), hits, facets.sorted());
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, String[]> highlight(IndexSearcher searcher, Query query, TopDocs docs) throws IOException {
		String[] fields = Analyzers.LANGUAGES.stream().map(Analyzers::textField).toArray(String[]::new);
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, this.analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxLength(100_000)
			.build();
		int[] passages = new int[fields.length];
		java.util.Arrays.fill(passages, 2);
		Map<String, String[]> highlights = new HashMap<>(highlighter.highlightFields(fields, query, docs, passages));
		for (String field : fields) {
			highlights.putIfAbsent(field, new String[docs.scoreDocs.length]);
		}
		return highlights;
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		return (text.length() <= 240) ? text : text.substring(0, 240) + "…";
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#x27;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	/** Counts, for every facet, the values of the matching documents, and the matches. */
	static final class FacetCounts {

		private long total;

		private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

		void add(FacetCounts other) {
			this.total += other.total;
			other.counts.forEach((facet, values) -> values.forEach((value,
					n) -> this.counts.computeIfAbsent(facet, (f) -> new HashMap<>()).merge(value, n, Long::sum)));
		}

		Map<String, List<SearchResults.FacetCount>> sorted() {
			Map<String, List<SearchResults.FacetCount>> sorted = new LinkedHashMap<>();
			for (String facet : SearchResults.FACETS) {
				Map<String, Long> values = this.counts.getOrDefault(facet, Map.of());
				Comparator<SearchResults.FacetCount> order = facet.equals("year")
						? Comparator.comparing(SearchResults.FacetCount::value).reversed()
						: Comparator.comparingLong(SearchResults.FacetCount::count)
							.reversed()
							.thenComparing(SearchResults.FacetCount::value);
				sorted.put(facet,
						values.entrySet()
							.stream()
							.map((e) -> new SearchResults.FacetCount(e.getKey(), e.getValue()))
							.sorted(order)
							.limit(30)
							.toList());
			}
			return sorted;
		}

	}

	static final class FacetCollectorManager implements CollectorManager<FacetCollector, FacetCounts> {

		@Override
		public FacetCollector newCollector() {
			return new FacetCollector();
		}

		@Override
		public FacetCounts reduce(Collection<FacetCollector> collectors) {
			FacetCounts counts = new FacetCounts();
			collectors.forEach((c) -> {
				c.finishLeaf();
				counts.add(c.counts);
			});
			return counts;
		}

	}

	/** Counts ordinals per segment, then turns them into values once per segment. */
	static final class FacetCollector implements Collector {

		private final FacetCounts counts = new FacetCounts();

		private SortedSetDocValues[] values;

		private long[][] ordinals;

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			finishLeaf();
			List<String> facets = SearchResults.FACETS;
			this.values = new SortedSetDocValues[facets.size()];
			this.ordinals = new long[facets.size()][];
			for (int f = 0; f < facets.size(); f++) {
				SortedSetDocValues dv = context.reader().getSortedSetDocValues("facet_" + facets.get(f));
				this.values[f] = dv;
				this.ordinals[f] = (dv != null) ? new long[(int) dv.getValueCount()] : null;
			}
			// Fresh iterators for collecting; the ones above stay for looking up values.
			SortedSetDocValues[] iterators = new SortedSetDocValues[facets.size()];
			for (int f = 0; f < facets.size(); f++) {
				iterators[f] = context.reader().getSortedSetDocValues("facet_" + facets.get(f));
			}
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) throws IOException {
					FacetCollector.this.counts.total++;
					for (int f = 0; f < iterators.length; f++) {
						SortedSetDocValues dv = iterators[f];
						if (dv != null && dv.advanceExact(doc)) {
							for (int i = 0; i < dv.docValueCount(); i++) {
								FacetCollector.this.ordinals[f][(int) dv.nextOrd()]++;
							}
						}
					}
				}

			};
		}

		void finishLeaf() {
			if (this.values == null) {
				return;
			}
			try {
				for (int f = 0; f < this.values.length; f++) {
					if (this.values[f] == null) {
						continue;
					}
					Map<String, Long> facet = this.counts.counts.computeIfAbsent(SearchResults.FACETS.get(f),
							(k) -> new HashMap<>());
					long[] ords = this.ordinals[f];
					for (int ord = 0; ord < ords.length; ord++) {
						if (ords[ord] > 0) {
							facet.merge(this.values[f].lookupOrd(ord).utf8ToString(), ords[ord], Long::sum);
						}
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.values = null;
		}

	}

}
