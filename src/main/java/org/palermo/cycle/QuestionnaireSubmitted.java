package org.palermo.cycle;

import java.time.Instant;

/**
 * The State under review's focal point submitted the answers to the questionnaire: the
 * cycle records it on the review, so the policy lets the reviewing States read them.
 * Published by the questionnaires module.
 */
public record QuestionnaireSubmitted(long reviewId, Instant at) {
}
