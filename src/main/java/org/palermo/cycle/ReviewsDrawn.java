package org.palermo.cycle;

import java.time.LocalDate;
import java.util.List;

import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;

/**
 * Lots were drawn for one cluster: the cycle opens a country review per State under
 * review. Published by the drawing module at reveal and handled after its commit, so a
 * crash in between loses nothing (the event publication registry keeps it).
 */
public record ReviewsDrawn(long drawingId, ThematicCluster cluster, Integer reviewGroup, LocalDate drawnOn,
		List<DrawnReview> reviews) {

	/** One State under review and the reviewing States drawn for it. */
	public record DrawnReview(String stateUnderReview, List<DrawnReviewer> reviewers) {
	}

	/** A reviewing State with its slot and the instruments it reviews. */
	public record DrawnReviewer(String code, ReviewerSlot slot, List<Instrument> instruments) {

		Reviewer toReviewer() {
			return new Reviewer(this.code, this.slot, this.instruments);
		}

	}

}
