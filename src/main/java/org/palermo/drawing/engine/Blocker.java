package org.palermo.drawing.engine;

import java.util.List;

/**
 * Why no valid draw exists: the State under review and instrument concerned (the first of
 * them when several are), the rule that blocks, a message key of the drawing bundle with
 * its arguments (for pages in the reader's language), and the same message in English
 * (for the command line).
 */
public record Blocker(String stateUnderReview, String instrument, String rule, String messageKey,
		List<String> arguments, String explanation) {

	public Blocker {
		arguments = List.copyOf(arguments);
	}

	/** A blocker whose English explanation comes from the fallback bundle. */
	static Blocker of(String stateUnderReview, String instrument, String rule, String messageKey, Object... arguments) {
		List<String> args = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
		return new Blocker(stateUnderReview, instrument, rule, messageKey, args,
				EnglishMessages.format(messageKey, args));
	}

	/** The arguments as an array, for {@code #messages.msgWithParams} in templates. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
