package org.palermo.documents;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one person may read: everything (the secretariat), or public content plus the
 * content of the country reviews they take part in and of their organisation.
 *
 * @param secretariat whether the person belongs to the secretariat
 * @param reviewIds the country reviews whose confidential content the person may read
 * @param organisationId the civil society organisation the person belongs to, or
 * {@code null}
 */
public record ReaderScope(boolean secretariat, Set<Long> reviewIds, Long organisationId) {

	/** Someone not signed in: public content only. */
	public static final ReaderScope ANONYMOUS = new ReaderScope(false, Set.of(), null);

	public ReaderScope {
		reviewIds = Set.copyOf(reviewIds);
	}

	/** The access keys (see {@link #keyOf}) this person holds, secretariat aside. */
	public Set<String> keys() {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(keyOf(Confidentiality.PUBLIC, null, null));
		this.reviewIds.forEach((id) -> keys.add(keyOf(Confidentiality.REVIEW, id, null)));
		if (this.organisationId != null) {
			keys.add(keyOf(Confidentiality.ORGANISATION, null, this.organisationId));
		}
		return keys;
	}

	/** Whether this person may read content of this confidentiality. */
	public boolean mayRead(Confidentiality confidentiality, Long reviewId, Long organisationId) {
		return this.secretariat || keys().contains(keyOf(confidentiality, reviewId, organisationId));
	}

	/**
	 * The one access key a piece of content carries; the index filters on it, so the rule
	 * for reading a document and for finding it is the same.
	 */
	public static String keyOf(Confidentiality confidentiality, Long reviewId, Long organisationId) {
		return switch (confidentiality) {
			case PUBLIC -> "public";
			case REVIEW -> "review:" + reviewId;
			case ORGANISATION -> "organisation:" + organisationId;
			case SECRETARIAT -> "secretariat";
		};
	}

}
