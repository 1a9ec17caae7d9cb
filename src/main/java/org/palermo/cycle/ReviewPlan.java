package org.palermo.cycle;

import java.time.LocalDate;
import java.util.Map;

/**
 * The rules a re-planned timetable must keep: every step dated, none before the review
 * began, in the order of the procedure, within a sane range.
 */
final class ReviewPlan {

	/** No step of one review is planned further than this from its start. */
	static final int MAX_YEARS = 12;

	private ReviewPlan() {
	}

	/** Checks new deadlines; the exception's key says what is wrong. */
	static void check(LocalDate start, Map<ReviewStep, LocalDate> deadlines) {
		LocalDate previous = null;
		for (ReviewStep step : ReviewStep.values()) {
			LocalDate date = deadlines.get(step);
			if (date == null) {
				throw new ReviewActionRefusedException("plan.error.date");
			}
			if (start != null && date.isBefore(start)) {
				throw new ReviewActionRefusedException("plan.error.beforeStart");
			}
			if (date.isAfter(((start != null) ? start : date).plusYears(MAX_YEARS)) || date.getYear() < 2000) {
				throw new ReviewActionRefusedException("plan.error.range");
			}
			if (previous != null && date.isBefore(previous)) {
				throw new ReviewActionRefusedException("plan.error.order");
			}
			previous = date;
		}
	}

}
