package org.palermo.cycle;

import java.util.List;

import org.palermo.instruments.ThematicCluster;

/** A country review was opened with its reviewing States. */
public record ReviewOpened(long reviewId, String stateUnderReview, ThematicCluster cluster, Integer reviewGroup,
		List<String> reviewingStates) {
}
