package org.palermo.drawing.engine;

import java.util.List;

/**
 * The engine stopped before it had an answer: its time limit passed or the drawing was
 * cancelled. Nothing was drawn; the message key and arguments say which, in the drawing
 * bundle.
 */
public class DrawingStoppedException extends RuntimeException {

	private final String messageKey;

	private final List<String> arguments;

	DrawingStoppedException(String messageKey, List<String> arguments) {
		super(EnglishMessages.format(messageKey, arguments));
		this.messageKey = messageKey;
		this.arguments = List.copyOf(arguments);
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public List<String> getArguments() {
		return this.arguments;
	}

	/** The arguments as an array, for {@code #messages.msgWithParams} in templates. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
