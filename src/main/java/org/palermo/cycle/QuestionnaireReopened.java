package org.palermo.cycle;

/**
 * The secretariat reopened a submitted questionnaire: the answers are drafted again.
 * Published by the questionnaires module.
 */
public record QuestionnaireReopened(long reviewId) {
}
