package org.palermo.documents;

import java.util.Set;

/**
 * Contributed by the module that knows who takes part in which country review; the
 * default {@link ReaderScopes} asks every such bean and grants the union. Without any, no
 * one but the secretariat reads review documents.
 */
public interface ReviewMemberships {

	/** The country reviews this person takes part in. */
	Set<Long> reviewIdsOf(String username);

}
