package org.palermo.drawing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a published draw: every rule kept, and exactly what the seed produces.
 * Independent of the search, so a wrong engine cannot vouch for itself.
 */
public final class DrawVerifier {

	private DrawVerifier() {
	}

	/**
	 * Each kept pairing of the input must be in the draw exactly as given: same State
	 * under review, reviewer, slot, instruments and draw order.
	 */
	private static List<String> keptPairingsChanged(DrawInput input, Draw draw) {
		List<String> violations = new ArrayList<>();
		for (int i = 0; i < input.fixed().size(); i++) {
			DrawInput.FixedReviewer kept = input.fixed().get(i);
			boolean present = draw.reviews()
				.stream()
				.filter((review) -> review.stateUnderReview().equals(kept.stateUnderReview()))
				.flatMap((review) -> review.reviewers().stream())
				.anyMatch((reviewer) -> reviewer.code().equals(kept.code()) && reviewer.slot().equals(kept.slot())
						&& Problem.mask(reviewer.instruments()) == Problem.mask(kept.instruments())
						&& (kept.drawOrder() == null || reviewer.drawOrder() == kept.drawOrder()));
			if (!present) {
				violations.add("fixed[" + i + "]: the kept pairing " + kept.code() + " reviewing "
						+ kept.stateUnderReview() + " (" + kept.slot() + ", " + kept.instruments() + ", draw order "
						+ kept.drawOrder() + ") is not in the draw as the input gives it");
			}
		}
		return violations;
	}

	/** Every rule the draw breaks, in English; empty when it keeps them all. */
	public static List<String> ruleViolations(DrawInput input, Draw draw) {
		Problem problem = new Problem(input);
		List<String> violations = new ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		for (int p = 0; p < problem.parties(); p++) {
			index.put(problem.code[p], p);
		}
		Map<String, Integer> reviewsGiven = new HashMap<>();
		Set<String> pairs = new HashSet<>();
		Set<String> underReview = new HashSet<>();
		for (Draw.Review review : draw.reviews()) {
			Integer self = index.get(review.stateUnderReview());
			if (self == null || problem.surOfParty[self] < 0) {
				violations.add(review.stateUnderReview() + " is not a State under review of this input");
				continue;
			}
			underReview.add(review.stateUnderReview());
			int sur = problem.surOfParty[self];
			Set<String> distinct = new HashSet<>();
			int[] covered = new int[2];
			for (Draw.Reviewer reviewer : review.reviewers()) {
				Integer r = index.get(reviewer.code());
				int type = "SAME_GROUP".equals(reviewer.slot()) ? Problem.SAME
						: "OTHER_GROUP".equals(reviewer.slot()) ? Problem.OTHER : -1;
				if (r == null || type < 0) {
					violations.add(review.stateUnderReview() + ": unknown reviewer or slot " + reviewer.code());
					continue;
				}
				if (!problem.staticallyEligible(2 * sur + type, r)) {
					violations.add(review.stateUnderReview() + ": " + reviewer.code() + " may not fill its "
							+ reviewer.slot() + " slot (group, itself, exclusion or instruments)");
				}
				if (reviewer.instruments() == null || reviewer.instruments().isEmpty()) {
					violations.add(review.stateUnderReview() + ": " + reviewer.code() + " reviews no instrument");
					continue;
				}
				int mask = 0;
				for (String instrument : reviewer.instruments()) {
					int bit = Problem.INSTRUMENTS.indexOf(instrument);
					if (bit < 0 || (problem.mask[r] & (1 << bit)) == 0 || (problem.need[sur] & (1 << bit)) == 0) {
						violations
							.add(review.stateUnderReview() + ": " + reviewer.code() + " cannot review " + instrument);
					}
					else {
						mask |= 1 << bit;
					}
				}
				if ((covered[type] & mask) != 0) {
					violations
						.add(review.stateUnderReview() + ": an instrument is covered twice in " + reviewer.slot());
				}
				int stillOpen = problem.need[sur] & ~covered[type];
				boolean kept = input.fixed()
					.stream()
					.anyMatch((f) -> f.stateUnderReview().equals(review.stateUnderReview())
							&& f.code().equals(reviewer.code()) && f.slot().equals(reviewer.slot()));
				if (!kept && (problem.mask[r] & stillOpen) != mask) {
					violations.add(review.stateUnderReview() + ": " + reviewer.code()
							+ " must review every open instrument it is party to, and only those");
				}
				covered[type] |= mask;
				if (!distinct.add(reviewer.code())) {
					violations.add(review.stateUnderReview() + ": " + reviewer.code() + " is drawn twice");
				}
				reviewsGiven.merge(reviewer.code(), 1, Integer::sum);
				pairs.add(reviewer.code() + ">" + review.stateUnderReview());
			}
			for (int type = 0; type < 2; type++) {
				if (covered[type] != problem.need[sur]) {
					violations.add(review.stateUnderReview() + ": instruments not covered in "
							+ ((type == 0) ? "SAME_GROUP" : "OTHER_GROUP"));
				}
			}
			if (distinct.size() > problem.maxReviewers[sur]) {
				violations
					.add(review.stateUnderReview() + ": more than " + problem.maxReviewers[sur] + " reviewing States");
			}
		}
		violations.addAll(keptPairingsChanged(input, draw));
		if (underReview.size() != problem.statesUnderReview()) {
			violations.add("Not every State under review has a review");
		}
		reviewsGiven.forEach((code, count) -> {
			if (count > problem.reviewsPerState) {
				violations.add(code + " reviews " + count + " States, more than " + problem.reviewsPerState);
			}
		});
		if (!problem.mutualAllowed) {
			for (String pair : pairs) {
				String[] parts = pair.split(">");
				if (pairs.contains(parts[1] + ">" + parts[0])) {
					violations.add(parts[0] + " and " + parts[1] + " review each other");
				}
			}
		}
		return violations;
	}

}
