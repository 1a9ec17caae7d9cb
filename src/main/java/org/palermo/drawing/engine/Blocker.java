package org.palermo.drawing.engine;

/**
 * Why no valid draw exists: the State under review (or group) and instrument concerned,
 * the rule that blocks, and an explanation in English for the command line.
 */
public record Blocker(String stateUnderReview, String instrument, String rule, String explanation) {

}
