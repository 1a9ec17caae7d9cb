package org.palermo.cycle;

/**
 * A module's part of the review page: the cycle renders every bean that implements it, in
 * order, without knowing the modules (questionnaire, desk review, drawing, civil society
 * input).
 */
public interface ReviewSection {

	/** Where the section stands on the page, lower first. */
	int order();

	/**
	 * What to render for one review and one reader (user name, or null when anonymous): a
	 * template holding a fragment {@code section(data)} and its data; null shows nothing.
	 */
	Rendered render(CountryReview review, String viewer);

	/** A template and the data its {@code section(data)} fragment receives. */
	record Rendered(String template, Object data) {
	}

}
