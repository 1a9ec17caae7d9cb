package org.palermo.deskreview;

/**
 * An item as drafted: its article (when added), type and text; {@code version} is the one
 * the drafter saw (when changed).
 */
public record ObservationForm(Long articleId, ObservationType type, String body, Long version) {

	static final int MAX_LENGTH = 8000;

	String cleanBody() {
		String value = (this.body != null) ? this.body.strip() : "";
		if (value.isEmpty()) {
			throw new DeskReviewRefusedException("observations.error.bodyRequired");
		}
		if (value.length() > MAX_LENGTH) {
			throw new DeskReviewRefusedException("observations.error.tooLong");
		}
		return value;
	}

	ObservationType requiredType() {
		if (this.type == null) {
			throw new DeskReviewRefusedException("observations.error.typeRequired");
		}
		return this.type;
	}

}
