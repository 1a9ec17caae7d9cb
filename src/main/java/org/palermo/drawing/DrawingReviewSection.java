package org.palermo.drawing;

import java.util.List;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.cycle.ReviewSection;

import org.springframework.stereotype.Component;

/**
 * The drawing's part of the review page: the drawing the review came from, its redraws,
 * and "Ask for a redraw" where the policy allows it.
 */
@Component
public class DrawingReviewSection implements ReviewSection {

	private final DrawingService drawings;

	private final ReviewPolicy policy;

	DrawingReviewSection(DrawingService drawings, ReviewPolicy policy) {
		this.drawings = drawings;
		this.policy = policy;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Rendered render(CountryReview review, String viewer) {
		if (review.getDrawingId() == null) {
			return null;
		}
		return new Rendered("drawing/_review",
				new Data(review.getId(), review.getDrawingId(), this.drawings.redrawsOf(review.getId()),
						this.policy.may(viewer, ReviewAction.ASK_REDRAW, review.getId())));
	}

	/** What the fragment shows. */
	public record Data(long reviewId, long drawingId, List<Drawing> redraws, boolean mayAskRedraw) {
	}

}
