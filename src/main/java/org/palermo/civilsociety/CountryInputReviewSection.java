package org.palermo.civilsociety;

import java.util.List;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.cycle.ReviewSection;

import org.springframework.stereotype.Component;

/**
 * Civil society's part of the review page: the input this reader may read (named only
 * where they may know the organisation), and "Submit input" for organisations.
 */
@Component
public class CountryInputReviewSection implements ReviewSection {

	private final CountryInputService inputs;

	private final ReviewPolicy policy;

	CountryInputReviewSection(CountryInputService inputs, ReviewPolicy policy) {
		this.inputs = inputs;
		this.policy = policy;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Rendered render(CountryReview review, String viewer) {
		boolean maySubmit = viewer != null && this.inputs.maySubmit(viewer, review.getId());
		return new Rendered("civilsociety/_review",
				new Data(review.getId(), this.inputs.forReview(review.getId(), viewer), maySubmit,
						this.policy.may(viewer, ReviewAction.MANAGE_INPUT, review.getId())));
	}

	/** What the fragment shows. */
	public record Data(long reviewId, List<CountryInputService.InputView> inputs, boolean maySubmit, boolean manages) {
	}

}
