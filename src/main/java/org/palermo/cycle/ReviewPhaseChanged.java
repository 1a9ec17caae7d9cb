package org.palermo.cycle;

/**
 * A country review moved from one phase to another, with a reason where one is needed.
 */
public record ReviewPhaseChanged(long reviewId, ReviewPhase from, ReviewPhase to, String reason) {
}
