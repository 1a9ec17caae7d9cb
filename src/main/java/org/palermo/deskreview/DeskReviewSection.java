package org.palermo.deskreview;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.cycle.ReviewSection;

import org.springframework.stereotype.Component;

/**
 * The desk review's part of the review page: links to the written feedback and the list
 * of observations, for those the policy lets read them.
 */
@Component
class DeskReviewSection implements ReviewSection {

	private final ReviewPolicy policy;

	DeskReviewSection(ReviewPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Rendered render(CountryReview review, String viewer) {
		boolean feedback = this.policy.may(viewer, ReviewAction.READ_FEEDBACK, review.getId());
		boolean observations = this.policy.may(viewer, ReviewAction.READ_OBSERVATIONS, review.getId());
		if (!feedback && !observations) {
			return null;
		}
		return new Rendered("deskreview/_review", new Data(review.getId(), feedback, observations));
	}

	/** What the fragment shows. */
	public record Data(long reviewId, boolean feedback, boolean observations) {
	}

}
