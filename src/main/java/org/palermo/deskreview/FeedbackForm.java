package org.palermo.deskreview;

/**
 * The experts' text for one article; {@code version} is the one they saw (null for a
 * first draft).
 */
public record FeedbackForm(String goodPractices, String challenges, String questions, Long version) {

	static final int MAX_LENGTH = 8000;

	FeedbackForm normalised() {
		return new FeedbackForm(clean(this.goodPractices), clean(this.challenges), clean(this.questions), this.version);
	}

	private static String clean(String text) {
		String value = (text != null) ? text.strip() : "";
		if (value.length() > MAX_LENGTH) {
			throw new DeskReviewRefusedException("feedback.error.tooLong");
		}
		return value;
	}

}
