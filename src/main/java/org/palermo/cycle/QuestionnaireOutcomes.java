package org.palermo.cycle;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The cycle's side of a submitted or reopened questionnaire: the review records when its
 * answers were submitted, which the policy reads.
 */
@Component
class QuestionnaireOutcomes {

	private final CycleService cycle;

	QuestionnaireOutcomes(CycleService cycle) {
		this.cycle = cycle;
	}

	@ApplicationModuleListener
	void on(QuestionnaireSubmitted submitted) {
		this.cycle.recordAnswersSubmitted(submitted.reviewId(), submitted.at());
	}

	@ApplicationModuleListener
	void on(QuestionnaireReopened reopened) {
		this.cycle.recordAnswersSubmitted(reopened.reviewId(), null);
	}

}
