package org.palermo.drawing;

/**
 * A drawing the secretariat asked for cannot be prepared; carries a message key and the
 * detail.
 */
public class DrawingRefusedException extends RuntimeException {

	private final String messageKey;

	private final String detail;

	public DrawingRefusedException(String messageKey, String detail) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
		this.detail = detail;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public String getDetail() {
		return this.detail;
	}

}
