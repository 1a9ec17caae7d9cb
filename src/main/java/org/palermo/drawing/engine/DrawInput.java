package org.palermo.drawing.engine;

import java.util.List;

/**
 * What a drawing is made from: the States that may review (with their regional group and
 * the instruments they are party to), the States under review, the rules and the excluded
 * pairs.
 */
public record DrawInput(List<Party> parties, List<StateUnderReview> statesUnderReview, Rules rules,
		List<ExcludedPair> excludedPairs, List<FixedReviewer> fixed) {

	public DrawInput(List<Party> parties, List<StateUnderReview> statesUnderReview, Rules rules,
			List<ExcludedPair> excludedPairs) {
		this(parties, statesUnderReview, rules, excludedPairs, List.of());
	}

	public DrawInput {
		fixed = (fixed != null) ? List.copyOf(fixed) : List.of();
		parties = List.copyOf(parties);
		statesUnderReview = List.copyOf(statesUnderReview);
		rules = (rules != null) ? rules : Rules.DEFAULT;
		excludedPairs = (excludedPairs != null) ? List.copyOf(excludedPairs) : List.of();
	}

	/**
	 * A State that takes part, with its group (AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN,
	 * GRULAC, WEOG).
	 */
	public record Party(String code, String group, List<String> instruments) {

	}

	/**
	 * A State under review; {@code maxReviewingStates} overrides the rule for this State
	 * when set.
	 */
	public record StateUnderReview(String code, Integer maxReviewingStates) {

	}

	/**
	 * The rules of one drawing.
	 *
	 * @param maxReviewsPerState no State reviews more States than this in one drawing
	 * @param maxReviewingStates no State under review has more distinct reviewers than
	 * this
	 * @param mutualReviewsAllowed whether A may review B while B reviews A
	 */
	public record Rules(Integer maxReviewsPerState, Integer maxReviewingStates, Boolean mutualReviewsAllowed) {

		public static final Rules DEFAULT = new Rules(2, 4, false);

		public int reviewsPerState() {
			return (this.maxReviewsPerState != null) ? this.maxReviewsPerState : 2;
		}

		public int reviewingStates() {
			return (this.maxReviewingStates != null) ? this.maxReviewingStates : 4;
		}

		public boolean mutualAllowed() {
			return Boolean.TRUE.equals(this.mutualReviewsAllowed);
		}

	}

	/**
	 * A pairing kept from an earlier draw (a redraw keeps every pairing but the refused
	 * one): applied, in order, before any lot.
	 */
	public record FixedReviewer(String stateUnderReview, String code, String slot, List<String> instruments,
			Integer drawOrder) {

	}

	/** A reviewer that must never be drawn for a State under review. */
	public record ExcludedPair(String stateUnderReview, String reviewer) {

	}

}
