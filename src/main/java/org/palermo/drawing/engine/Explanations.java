package org.palermo.drawing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says why no valid draw exists, naming the States under review, the instruments and the
 * rule that actually blocks, as message keys of the drawing bundle with arguments.
 */
final class Explanations {

	/** Rules tried for blame, in this order: the first ones are dropped first. */
	private static final int[] RULES = { AdmissibilityModel.CAPACITY, AdmissibilityModel.MAX_REVIEWING_STATES,
			AdmissibilityModel.EXCLUDED_PAIRS, AdmissibilityModel.NO_MUTUAL_REVIEWS };

	private static final int MAX_NAMED = 12;

	private static final int MAX_TRIES = 40;

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
				String where = (type == Problem.SAME) ? "same" : "other";
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
						anyIgnoringExclusions |= problem.staticallyEligible(slot, r, false);
					}
					if (!any) {
						String instrument = Problem.INSTRUMENTS.get(i);
						blockers.add(anyIgnoringExclusions
								? Blocker.of(code, instrument, "excludedPairs", "drawing.explain.excluded." + where,
										code, group, instrument)
								: Blocker.of(code, instrument, "reviewerPartyToInstrument",
										"drawing.explain.noReviewer." + where, code, group, instrument));
					}
				}
				minimum += minimumCover(problem, slot);
			}
			if (minimum > problem.maxReviewers[sur]
					&& blockers.stream().noneMatch((b) -> b.stateUnderReview().equals(code))) {
				blockers.add(Blocker.of(code, null, "maxReviewingStates", "drawing.explain.tooManyReviewers", code,
						minimum, problem.maxReviewers[sur]));
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

	/**
	 * After the solver proved that no draw extends the state of {@code search}: which of
	 * the rules that can be relaxed (capacity, maxReviewingStates, excluded pairs, no
	 * mutual reviews) are needed for that proof, dropping capacity first so that it is
	 * blamed only when it truly blocks; then which States under review and instruments
	 * are involved (a minimal set whose coverage cannot be met together).
	 */
	static List<Blocker> explain(Problem problem, LotSearch search) {
		if (!search.boundsHold()) {
			return List.of(countingBlocker(problem, search));
		}
		int[] shortfall = search.flowShortfall();
		if (shortfall != null) {
			Set<String> states = new TreeSet<>();
			int open = 0;
			for (int slot : shortfall) {
				states.add(problem.code[problem.surParty[slot >> 1]]);
				open |= search.uncovered(slot);
			}
			List<String> instruments = Problem.instruments(open);
			String first = states.isEmpty() ? null : states.iterator().next();
			return List.of(Blocker.of(first, instruments.isEmpty() ? null : instruments.get(0), "maxReviewsPerState",
					"drawing.explain.capacity", names(states), String.join(", ", instruments),
					problem.reviewsPerState));
		}
		int rules = AdmissibilityModel.ALL_RULES;
		for (int rule : RULES) {
			int without = rules & ~rule;
			if (!new AdmissibilityModel(search, without, false).solve(new org.sat4j.core.VecInt(), search.guard)) {
				rules = without;
			}
		}
		AdmissibilityModel model = new AdmissibilityModel(search, rules, true);
		List<Integer> assumed = new ArrayList<>();
		for (int slot = 0; slot < problem.slots(); slot++) {
			for (int i = 0; i < 4; i++) {
				if ((search.uncovered(slot) & (1 << i)) != 0) {
					assumed.add(model.selector(slot, i));
				}
			}
		}
		int[] core = model.core(assumed.stream().mapToInt(Integer::intValue).toArray(), search.guard);
		if (core == null) {
			core = new int[0];
		}
		// Deletion: drop each selector whose coverage is not needed for the proof.
		int tries = 0;
		for (int i = 0; i < core.length && core.length > 1 && tries++ < MAX_TRIES;) {
			int[] without = new int[core.length - 1];
			System.arraycopy(core, 0, without, 0, i);
			System.arraycopy(core, i + 1, without, i, core.length - i - 1);
			int[] smaller = model.core(without, search.guard);
			if (smaller != null) {
				core = smaller;
				i = 0;
			}
			else {
				i++;
			}
		}
		Set<String> states = new TreeSet<>();
		Set<Integer> instruments = new TreeSet<>();
		for (int slot = 0; slot < problem.slots(); slot++) {
			for (int i = 0; i < 4; i++) {
				if (model.selector(slot, i) != 0 && contains(core, model.selector(slot, i))) {
					states.add(problem.code[problem.surParty[slot >> 1]]);
					instruments.add(i);
				}
			}
		}
		List<String> instrumentNames = instruments.stream().map(Problem.INSTRUMENTS::get).toList();
		String first = states.isEmpty() ? null : states.iterator().next();
		String firstInstrument = instrumentNames.isEmpty() ? null : instrumentNames.get(0);
		String named = names(states);
		String listed = String.join(", ", instrumentNames);
		List<Blocker> blockers = new ArrayList<>();
		if ((rules & AdmissibilityModel.NO_MUTUAL_REVIEWS) != 0) {
			blockers
				.add(Blocker.of(first, firstInstrument, "noMutualReviews", "drawing.explain.mutual", named, listed));
		}
		if ((rules & AdmissibilityModel.EXCLUDED_PAIRS) != 0) {
			blockers.add(Blocker.of(first, firstInstrument, "excludedPairs", "drawing.explain.excludedPairs", named,
					listed));
		}
		if ((rules & AdmissibilityModel.MAX_REVIEWING_STATES) != 0) {
			blockers.add(Blocker.of(first, firstInstrument, "maxReviewingStates", "drawing.explain.maxReviewingStates",
					named, listed));
		}
		if ((rules & AdmissibilityModel.CAPACITY) != 0) {
			blockers.add(Blocker.of(first, firstInstrument, "maxReviewsPerState", "drawing.explain.capacity", named,
					listed, problem.reviewsPerState));
		}
		if (blockers.isEmpty()) {
			blockers.add(Blocker.of(first, firstInstrument, "allRules", "drawing.explain.allRules", named, listed));
		}
		return blockers;
	}

	/**
	 * Capacity counted per group and instrument cannot suffice, whatever the choices:
	 * names the instrument and group of the first count that fails.
	 */
	private static Blocker countingBlocker(Problem problem, LotSearch search) {
		int[] failing = search.failingBound();
		String instrument = (failing[0] >= 0) ? Problem.INSTRUMENTS.get(failing[0]) : null;
		String group = (failing[1] >= 0) ? Problem.GROUPS.get(failing[1]) : null;
		String example = exampleState(problem, failing[1], failing[0]);
		String k = String.valueOf(problem.reviewsPerState);
		if (instrument != null && group != null) {
			return Blocker.of(example, instrument, "maxReviewsPerState", "drawing.explain.capacity.instrumentGroup",
					instrument, group, example, k);
		}
		if (group != null) {
			return Blocker.of(example, null, "maxReviewsPerState", "drawing.explain.capacity.group", group, example, k);
		}
		return Blocker.of(example, instrument, "maxReviewsPerState", "drawing.explain.capacity.instrument",
				(instrument != null) ? instrument : "UNTOC", example, k);
	}

	private static String exampleState(Problem problem, int group, int instrument) {
		for (int sur = 0; sur < problem.statesUnderReview(); sur++) {
			int party = problem.surParty[sur];
			if ((group < 0 || problem.group[party] == group)
					&& (instrument < 0 || (problem.need[sur] & (1 << instrument)) != 0)) {
				return problem.code[party];
			}
		}
		return (problem.statesUnderReview() > 0) ? problem.code[problem.surParty[0]] : "";
	}

	private static boolean contains(int[] values, int value) {
		return Arrays.stream(values).anyMatch((v) -> v == value);
	}

	private static String names(Set<String> states) {
		List<String> codes = new ArrayList<>(new LinkedHashSet<>(states));
		if (codes.size() <= MAX_NAMED) {
			return String.join(", ", codes);
		}
		return String.join(", ", codes.subList(0, MAX_NAMED)) + " (+" + (codes.size() - MAX_NAMED) + ")";
	}

}
