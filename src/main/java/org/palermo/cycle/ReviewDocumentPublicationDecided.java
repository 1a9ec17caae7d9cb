package org.palermo.cycle;

import java.time.Instant;

/**
 * The State under review decided whether one document of its review is published (true)
 * or withdrawn from publication (false). Declared here so every module holding a document
 * (the answers in questionnaires) can honour the decision without knowing who took it.
 */
public record ReviewDocumentPublicationDecided(long reviewId, String stateUnderReview, ReviewDocument document,
		boolean published, String decidedBy, Instant decidedAt) {
}
