package org.palermo.questionnaires;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPhase;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.cycle.ReviewSection;
import org.palermo.cycle.ReviewStep;

import org.springframework.stereotype.Component;

/**
 * The questionnaire's part of the review page, for the review's people and the
 * secretariat: whether it is drafted or submitted, the deadline with the days left, and
 * the way to it.
 */
@Component
class QuestionnaireReviewSection implements ReviewSection {

	private final QuestionnaireService questionnaires;

	private final ReviewPolicy policy;

	private final Clock clock;

	QuestionnaireReviewSection(QuestionnaireService questionnaires, ReviewPolicy policy, Clock clock) {
		this.questionnaires = questionnaires;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Rendered render(CountryReview review, String viewer) {
		if (!this.policy.may(viewer, ReviewAction.VIEW_PEOPLE, review.getId())) {
			return this.questionnaires.isConsulted(review.getId(), viewer)
					? new Rendered("questionnaires/_consultation", review.getId()) : null;
		}
		Questionnaire questionnaire = this.questionnaires.find(review.getId()).orElse(null);
		boolean opened = review.getPhase() != ReviewPhase.NAMING_PEOPLE || questionnaire != null;
		LocalDate due = review.getDeadlines().get(ReviewStep.SELF_ASSESSMENT);
		Long daysLeft = (due != null) ? ChronoUnit.DAYS.between(LocalDate.now(this.clock), due) : null;
		boolean submitted = questionnaire != null && questionnaire.isSubmitted();
		return new Rendered("questionnaires/_review",
				new Data(review.getId(), opened, submitted,
						(questionnaire != null) ? questionnaire.getSubmittedAt() : null, due, daysLeft,
						this.policy.may(viewer, ReviewAction.READ_ANSWERS, review.getId())));
	}

	/** What the fragment shows. */
	record Data(long reviewId, boolean opened, boolean submitted, java.time.Instant submittedAt, LocalDate deadline,
			Long daysLeft, boolean readsAnswers) {

		public boolean overdue() {
			return !this.submitted && this.daysLeft != null && this.daysLeft < 0;
		}

	}

}
