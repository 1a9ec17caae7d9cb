package org.palermo.drawing.engine;

import java.util.List;

/**
 * The result of a drawing: for each State under review, its reviewers in the order they
 * were drawn.
 */
public record Draw(String algorithm, String inputSha256, String seed, List<Review> reviews) {

	/** One State under review and its reviewing States. */
	public record Review(String stateUnderReview, List<Reviewer> reviewers) {

	}

	/**
	 * A reviewing State, the slot it fills, the instruments it reviews and its place in
	 * the order of lots (1 for the first lot of the whole drawing).
	 */
	public record Reviewer(String code, String slot, List<String> instruments, int drawOrder) {

	}

}
