package org.palermo.documents;

import java.util.function.Consumer;

/**
 * Implemented by every module whose content the search finds, so that a full re-index can
 * ask each for all of it.
 */
public interface SearchableContentSource {

	/** How many pieces of content {@link #forEach} will give. */
	long count();

	/** Gives every piece of content, in batches of the source's choosing. */
	void forEach(Consumer<SearchableContent> consumer);

}
