package org.palermo.cycle;

import org.palermo.system.UserInputException;

/** A named action on a review whose guard does not hold; the key says why. */
public class ReviewActionRefusedException extends UserInputException {

	public ReviewActionRefusedException(String messageKey) {
		super(messageKey);
	}

}
