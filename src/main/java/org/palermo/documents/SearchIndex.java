package org.palermo.documents;

import java.util.function.Consumer;

/** Where searchable content is indexed: embedded Lucene, or an OpenSearch cluster. */
interface SearchIndex {

	void index(SearchableContent content);

	void remove(String key);

	/** Searches with the reader's access filter inside the query. */
	SearchResults search(SearchQuery query, ReaderScope scope);

	/** Replaces the whole index with what {@code feeder} gives. */
	void rebuild(Consumer<Consumer<SearchableContent>> feeder);

	/** How many pieces of content the index holds. */
	long count();

	/** Whether the index was missing or unreadable when opened. */
	boolean needsRebuild();

}
