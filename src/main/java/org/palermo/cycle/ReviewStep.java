package org.palermo.cycle;

/** The steps of a country review that carry a deadline, in the order of the procedure. */
public enum ReviewStep {

	/** Each participating State names its focal point. */
	FOCAL_POINTS_NAMED,
	/** Each participating State names its governmental experts. */
	EXPERTS_NAMED,
	/**
	 * The State under review, its reviewing States and the secretariat consult on the
	 * conduct of the review (timeline, contacts, language).
	 */
	PRELIMINARY_CONSULTATION,
	/**
	 * The State under review answers the self-assessment questionnaire, cleared by its
	 * focal point.
	 */
	SELF_ASSESSMENT,
	/** Each reviewing State gives written feedback. */
	WRITTEN_FEEDBACK,
	/** The States under review and reviewing hold their dialogue and clarifications. */
	DIALOGUE,
	/** The reviewing States prepare the list of observations. */
	LIST_OF_OBSERVATIONS,
	/** The summary of the list of observations is agreed. */
	SUMMARY;

	public String labelKey() {
		return "reviewStep." + name();
	}

}
