package org.palermo.cycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Default deadlines of a country review, counted from its start (settings under
 * {@code palermo.cycle.deadlines}); the secretariat re-plans each review on its own
 * screen. Nominations and the self-assessment follow the Mechanism's practice; the later
 * steps are defaults inside the two-year phase.
 */
@ConfigurationProperties("palermo.cycle.deadlines")
public record DeadlineDefaults(Period focalPointsNamed, Period expertsNamed, Period preliminaryConsultation,
		Period selfAssessment, Period writtenFeedback, Period dialogue, Period listOfObservations, Period summary) {

	public DeadlineDefaults {
		focalPointsNamed = (focalPointsNamed != null) ? focalPointsNamed : Period.ofWeeks(2);
		expertsNamed = (expertsNamed != null) ? expertsNamed : Period.ofWeeks(4);
		preliminaryConsultation = (preliminaryConsultation != null) ? preliminaryConsultation : Period.ofMonths(2);
		selfAssessment = (selfAssessment != null) ? selfAssessment : Period.ofMonths(6);
		writtenFeedback = (writtenFeedback != null) ? writtenFeedback : Period.ofMonths(12);
		dialogue = (dialogue != null) ? dialogue : Period.ofMonths(15);
		listOfObservations = (listOfObservations != null) ? listOfObservations : Period.ofMonths(18);
		summary = (summary != null) ? summary : Period.ofMonths(24);
	}

	Map<ReviewStep, LocalDate> from(LocalDate start) {
		Map<ReviewStep, LocalDate> deadlines = new EnumMap<>(ReviewStep.class);
		deadlines.put(ReviewStep.FOCAL_POINTS_NAMED, start.plus(this.focalPointsNamed));
		deadlines.put(ReviewStep.EXPERTS_NAMED, start.plus(this.expertsNamed));
		deadlines.put(ReviewStep.PRELIMINARY_CONSULTATION, start.plus(this.preliminaryConsultation));
		deadlines.put(ReviewStep.SELF_ASSESSMENT, start.plus(this.selfAssessment));
		deadlines.put(ReviewStep.WRITTEN_FEEDBACK, start.plus(this.writtenFeedback));
		deadlines.put(ReviewStep.DIALOGUE, start.plus(this.dialogue));
		deadlines.put(ReviewStep.LIST_OF_OBSERVATIONS, start.plus(this.listOfObservations));
		deadlines.put(ReviewStep.SUMMARY, start.plus(this.summary));
		return deadlines;
	}

}
