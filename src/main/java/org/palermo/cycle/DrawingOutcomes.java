package org.palermo.cycle;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The cycle's side of a revealed drawing: reviews opened, reviewers replaced, review
 * groups recorded. Each runs after the drawing's commit, in its own transaction, and the
 * event publication registry keeps it until it completes.
 */
@Component
class DrawingOutcomes {

	private final CycleService cycle;

	DrawingOutcomes(CycleService cycle) {
		this.cycle = cycle;
	}

	@ApplicationModuleListener
	void on(ReviewsDrawn drawn) {
		this.cycle.openDrawn(drawn);
	}

	@ApplicationModuleListener
	void on(ReviewerRedrawn redrawn) {
		this.cycle.replaceReviewers(redrawn.reviewId(),
				redrawn.reviewers().stream().map(ReviewsDrawn.DrawnReviewer::toReviewer).toList(), redrawn.drawingId());
	}

	@ApplicationModuleListener
	void on(ReviewGroupsDrawn drawn) {
		this.cycle.assignReviewGroups(drawn.members(), drawn.drawingId());
	}

}
