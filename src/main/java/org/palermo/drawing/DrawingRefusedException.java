package org.palermo.drawing;

import java.util.List;

/**
 * A drawing the secretariat asked for cannot be prepared; carries a message key, the
 * detail and, when the engine explains why, its explanations as message keys with
 * arguments (shown in the reader's language).
 */
public class DrawingRefusedException extends RuntimeException {

	private final String messageKey;

	private final String detail;

	private final List<Explanation> explanations;

	public DrawingRefusedException(String messageKey, String detail) {
		this(messageKey, detail, List.of());
	}

	public DrawingRefusedException(String messageKey, String detail, List<Explanation> explanations) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
		this.detail = detail;
		this.explanations = List.copyOf(explanations);
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public String getDetail() {
		return this.detail;
	}

	public List<Explanation> getExplanations() {
		return this.explanations;
	}

	/** One sentence of an explanation: a key of the drawing bundle and its arguments. */
	public record Explanation(String key, List<String> arguments) {

		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
