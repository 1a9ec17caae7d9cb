package org.palermo.cycle;

/** The secretariat moved deadlines of a country review, for a reason. */
public record ReviewReplanned(long reviewId, String reason) {
}
