package org.palermo.cycle;

import java.util.List;

/**
 * A redraw was revealed: the review's reviewing States become those of the new draw.
 * Published by the drawing module.
 */
public record ReviewerRedrawn(long drawingId, long reviewId, List<ReviewsDrawn.DrawnReviewer> reviewers) {
}
