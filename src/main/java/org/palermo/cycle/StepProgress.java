package org.palermo.cycle;

import java.util.Set;

/**
 * A module's word on which States have done their part of one step of a review (feedback
 * sent, list or summary cleared): the timeline asks every bean, without knowing the
 * modules, and no longer shows those States as awaited.
 */
public interface StepProgress {

	/**
	 * The States of the review that have done their part of the step; empty when the
	 * module does not follow that step.
	 */
	Set<String> statesDone(CountryReview review, ReviewStep step);

}
