package org.palermo.deskreview;

import org.palermo.system.UserInputException;

/** A desk review action whose rule does not hold; the key says why, in words. */
public class DeskReviewRefusedException extends UserInputException {

	public DeskReviewRefusedException(String messageKey) {
		super(messageKey);
	}

}
