package org.palermo.drawing.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Says why no valid draw exists, naming the State under review, the instrument and the
 * rule.
 */
final class Explanations {

	private Explanations() {
	}

	/**
	 * Blockers visible without search: an instrument nobody can review, too many
	 * reviewers needed.
	 */
	static List<Blocker> staticBlockers(Problem problem) {
		List<Blocker> blockers = new ArrayList<>();
		for (int sur = 0; sur < problem.statesUnderReview(); sur++) {
			String code = problem.code[problem.surParty[sur]];
			String group = Problem.GROUPS.get(problem.group[problem.surParty[sur]]);
			int minimum = 0;
			for (int type = 0; type < 2; type++) {
				int slot = 2 * sur + type;
				String where = (type == Problem.SAME) ? "of the same regional group (" + group + ")"
						: "outside its regional group (" + group + ")";
				for (int i = 0; i < Problem.INSTRUMENTS.size(); i++) {
					if ((problem.need[sur] & (1 << i)) == 0) {
						continue;
					}
					boolean any = false;
					boolean anyIgnoringExclusions = false;
					for (int r = 0; r < problem.parties(); r++) {
						if ((problem.mask[r] & (1 << i)) == 0) {
							continue;
						}
						if (problem.staticallyEligible(slot, r)) {
							any = true;
							break;
						}
						boolean rightGroup = (problem.group[r] == problem.group[problem.surParty[sur]]) == (type == Problem.SAME);
						if (r != problem.surParty[sur] && rightGroup) {
							anyIgnoringExclusions = true;
						}
					}
					if (!any) {
						String instrument = Problem.INSTRUMENTS.get(i);
						blockers.add(anyIgnoringExclusions
								? new Blocker(code, instrument, "excludedPairs",
										code + ": every State " + where + " that is party to " + instrument
												+ " is excluded as its reviewer")
								: new Blocker(code, instrument, "reviewerPartyToInstrument",
										code + ": no State " + where + " other than itself is party to " + instrument));
					}
				}
				minimum += minimumCover(problem, slot);
			}
			if (minimum > problem.maxReviewers[sur]
					&& blockers.stream().noneMatch((b) -> b.stateUnderReview().equals(code))) {
				blockers.add(new Blocker(code, null, "maxReviewingStates", code + ": its instruments need at least "
						+ minimum + " reviewing States, more than the " + problem.maxReviewers[sur] + " allowed"));
			}
		}
		return blockers;
	}

	/**
	 * The fewest eligible States that together cover a slot's instruments (0 if
	 * impossible).
	 */
	private static int minimumCover(Problem problem, int slot) {
		int need = problem.need[slot >> 1];
		boolean[] present = new boolean[16];
		for (int r = 0; r < problem.parties(); r++) {
			if (problem.staticallyEligible(slot, r)) {
				present[problem.mask[r] & need] = true;
			}
		}
		List<Integer> masks = new ArrayList<>();
		for (int m = 1; m < 16; m++) {
			if (present[m]) {
				masks.add(m);
			}
		}
		return cover(masks, 0, 0, need, 0);
	}

	private static int cover(List<Integer> masks, int from, int union, int need, int used) {
		if (union == need) {
			return used;
		}
		if (used == 4) {
			return 0;
		}
		int best = 0;
		for (int j = from; j < masks.size(); j++) {
			if ((masks.get(j) & ~union) != 0) {
				int found = cover(masks, j + 1, union | masks.get(j), need, used + 1);
				if (found > 0 && (best == 0 || found < best)) {
					best = found;
				}
			}
		}
		return best;
	}

	static Blocker searchBlocker(Problem problem, LotSearch search) {
		String k = "maxReviewsPerState=" + problem.reviewsPerState;
		int[] failing = search.failingBound();
		if (failing != null) {
			String instrument = (failing[0] >= 0) ? Problem.INSTRUMENTS.get(failing[0]) : null;
			String group = (failing[1] >= 0) ? Problem.GROUPS.get(failing[1]) : null;
			String example = exampleState(problem, failing[1], failing[0]);
			return new Blocker(example, instrument, "maxReviewsPerState",
					"Not enough reviewing capacity (" + k + ")"
							+ ((instrument != null) ? " among parties to " + instrument : "")
							+ ((group != null) ? " for the States under review of group " + group : "")
							+ ((example != null) ? ", for example " + example : "") + ": more reviews are needed than "
							+ "the States able to give them may give");
		}
		if (search.deadSlot >= 0) {
			int sur = search.deadSlot >> 1;
			String code = problem.code[problem.surParty[sur]];
			String instrument = Problem.instruments(search.deadMask).get(0);
			String slot = ((search.deadSlot & 1) == Problem.SAME) ? "SAME_GROUP" : "OTHER_GROUP";
			return new Blocker(code, instrument, "maxReviewsPerState",
					code + ": no State can review it for " + instrument + " in its " + slot
							+ " slot without leaving other reviews uncovered, given " + k
							+ ", maxReviewingStates, no mutual reviews and the excluded pairs together");
		}
		return new Blocker(null, null, "allRules", "No draw keeps every rule together (" + k + ")");
	}

	private static String exampleState(Problem problem, int group, int instrument) {
		for (int sur = 0; sur < problem.statesUnderReview(); sur++) {
			int party = problem.surParty[sur];
			if ((group < 0 || problem.group[party] == group)
					&& (instrument < 0 || (problem.need[sur] & (1 << instrument)) != 0)) {
				return problem.code[party];
			}
		}
		return null;
	}

}
