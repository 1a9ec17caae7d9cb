package org.palermo.cycle;

import java.util.List;

/**
 * Where a country review stands in the procedure, plus the two states outside it
 * (suspended, cancelled).
 */
public enum ReviewPhase {

	/** Each participating State names its focal point and experts. */
	NAMING_PEOPLE(ReviewStep.EXPERTS_NAMED),
	/** The State under review answers the self-assessment questionnaire. */
	SELF_ASSESSMENT(ReviewStep.SELF_ASSESSMENT),
	/** The reviewing States give written feedback on the answers. */
	DESK_REVIEW(ReviewStep.WRITTEN_FEEDBACK),
	/** Dialogue and clarifications between the States. */
	DIALOGUE(ReviewStep.DIALOGUE),
	/**
	 * The reviewing States prepare the list of observations with the State under review.
	 */
	LIST_OF_OBSERVATIONS(ReviewStep.LIST_OF_OBSERVATIONS),
	/** The summary of the list of observations is agreed and translated. */
	SUMMARY(ReviewStep.SUMMARY),
	/** The review is over. */
	CLOSED(null),
	/** Paused, with a reason; resumes where it stopped. */
	SUSPENDED(null),
	/** Ended without completion, with a reason. */
	CANCELLED(null);

	/** The phases of the procedure, in order. */
	public static final List<ReviewPhase> PROCEDURE = List.of(NAMING_PEOPLE, SELF_ASSESSMENT, DESK_REVIEW, DIALOGUE,
			LIST_OF_OBSERVATIONS, SUMMARY);

	private final ReviewStep step;

	ReviewPhase(ReviewStep step) {
		this.step = step;
	}

	/** The step whose deadline this phase works towards, if any. */
	public ReviewStep step() {
		return this.step;
	}

	/** Whether the review still runs or may run again (suspended counts as active). */
	public boolean isActive() {
		return this != CLOSED && this != CANCELLED;
	}

	/** Whether the phase is one of the procedure's working phases. */
	public boolean isWorking() {
		return PROCEDURE.contains(this);
	}

	/** The next phase of the procedure; none after the summary (the review is closed). */
	ReviewPhase next() {
		int index = PROCEDURE.indexOf(this);
		return (index >= 0 && index < PROCEDURE.size() - 1) ? PROCEDURE.get(index + 1) : null;
	}

	public String labelKey() {
		return "phase." + name();
	}

}
