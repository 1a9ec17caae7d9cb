package org.palermo.drawing.engine;

/**
 * The input file itself is wrong (unknown group or instrument, duplicate or unknown
 * State).
 */
public class InvalidDrawInputException extends RuntimeException {

	public InvalidDrawInputException(String message) {
		super(message);
	}

}
