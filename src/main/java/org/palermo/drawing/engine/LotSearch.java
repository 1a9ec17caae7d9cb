package org.palermo.drawing.engine;

import java.util.List;

/**
 * The state of a drawing under way, and the exact search that decides whether it can
 * still be completed into a draw that keeps every rule. Counters give necessary
 * conditions (free capacity per group and per instrument against the slots still open)
 * that prune the search without changing its answer.
 */
final class LotSearch {

	private static final int NONE = -1;

	final Problem problem;

	private final int k;

	final int[] used;

	final int[] covered;

	final int[][] slotReviewers;

	final int[] slotLength;

	private final int[][] slotGained;

	final int[] reviewerCount;

	final int[][] reviewsOf;

	final int[] reviewsLength;

	private int totalFree;

	private int openSlots;

	private final int[] freeInGroup;

	private final int[][] openByGroup;

	private final int[][] freeWith;

	private final int[] freeWithTotal;

	private final int[][][] needing;

	private final byte[][] coverCache;

	/** The last completion found: for each slot, its reviewers in order. */
	int[][] witness;

	long nodes;

	/** Calls of the SAT solver (the short search did not settle the question). */
	int solverCalls;

	/** How many reviewers of each slot were there when the model was built. */
	int[] baseLength;

	final Guard guard;

	private AdmissibilityModel model;

	/**
	 * The latest certificates that refuted a linear relaxation of this drawing, the most
	 * recently useful first: tried on each new relaxation before it is solved.
	 */
	final List<LinearRelaxation.Certificate> certificates = new java.util.ArrayList<>();

	/**
	 * The rows for sets of instruments of a slot that a certificate used: the plain
	 * relaxation carries them from then on.
	 */
	final java.util.Set<Long> learnedRows = new java.util.HashSet<>();

	LotSearch(Problem problem, Guard guard) {
		this.problem = problem;
		this.guard = guard;
		this.k = problem.reviewsPerState;
		int parties = problem.parties();
		int slots = problem.slots();
		this.used = new int[parties];
		this.covered = new int[slots];
		this.slotReviewers = new int[slots][4];
		this.slotLength = new int[slots];
		this.slotGained = new int[slots][4];
		this.reviewerCount = new int[problem.statesUnderReview()];
		this.reviewsOf = new int[parties][Math.max(this.k, 0)];
		this.reviewsLength = new int[parties];
		this.freeInGroup = new int[Problem.GROUPS.size()];
		this.openByGroup = new int[Problem.GROUPS.size()][2];
		this.freeWith = new int[Problem.INSTRUMENTS.size()][Problem.GROUPS.size()];
		this.freeWithTotal = new int[Problem.INSTRUMENTS.size()];
		this.needing = new int[Problem.INSTRUMENTS.size()][Problem.GROUPS.size()][2];
		this.coverCache = new byte[slots][];
		for (int p = 0; p < parties; p++) {
			this.totalFree += this.k;
			this.freeInGroup[problem.group[p]] += this.k;
			for (int i = 0; i < Problem.INSTRUMENTS.size(); i++) {
				if ((problem.mask[p] & (1 << i)) != 0) {
					this.freeWith[i][problem.group[p]] += this.k;
					this.freeWithTotal[i] += this.k;
				}
			}
		}
		this.baseLength = new int[slots];
		for (int slot = 0; slot < slots; slot++) {
			int sur = slot >> 1;
			int g = problem.group[problem.surParty[sur]];
			int needed = entriesNeeded(slot, problem.need[sur]);
			this.openSlots += needed;
			this.openByGroup[g][slot & 1] += needed;
			for (int i = 0; i < Problem.INSTRUMENTS.size(); i++) {
				if ((problem.need[sur] & (1 << i)) != 0) {
					this.needing[i][g][slot & 1]++;
				}
			}
		}
	}

	/**
	 * The fewest further reviewers a slot needs to cover these open instruments: the
	 * smallest number of States that may fill the slot whose instruments together cover
	 * them (ignoring capacity), so that the capacity bounds count reviews, not slots.
	 */
	private int entriesNeeded(int slot, int open) {
		if (open == 0) {
			return 0;
		}
		if (this.coverCache[slot] == null) {
			this.coverCache[slot] = new byte[16];
			boolean[] present = new boolean[16];
			int need = this.problem.need[slot >> 1];
			for (int r = 0; r < this.problem.parties(); r++) {
				if (this.problem.staticallyEligible(slot, r)) {
					present[this.problem.mask[r] & need] = true;
				}
			}
			// Fewest masks of eligible States covering each subset: a shortest path over
			// the 16 subsets.
			int[] best = new int[16];
			java.util.Arrays.fill(best, 99);
			best[0] = 0;
			for (int round = 0; round < 4; round++) {
				for (int covered = 0; covered < 16; covered++) {
					for (int m = 1; m < 16; m++) {
						if (present[m] && best[covered] + 1 < best[covered | m]) {
							best[covered | m] = best[covered] + 1;
						}
					}
				}
			}
			for (int mask = 0; mask < 16; mask++) {
				int fewest = 99;
				for (int covered = 0; covered < 16; covered++) {
					if ((covered & mask) == mask) {
						fewest = Math.min(fewest, best[covered]);
					}
				}
				this.coverCache[slot][mask] = (byte) fewest;
			}
		}
		return this.coverCache[slot][open];
	}

	boolean isComplete(int slot) {
		return this.covered[slot] == this.problem.need[slot >> 1];
	}

	int gainedAt(int slot, int position) {
		return this.slotGained[slot][position];
	}

	int uncovered(int slot) {
		return this.problem.need[slot >> 1] & ~this.covered[slot];
	}

	/** Whether a party may take the next lot of a slot now, under every rule. */
	boolean canTake(int slot, int r) {
		Problem p = this.problem;
		int sur = slot >> 1;
		int open = uncovered(slot);
		if (open == 0 || (p.mask[r] & open) == 0 || this.used[r] >= this.k || !p.staticallyEligible(slot, r)) {
			return false;
		}
		for (int j = 0; j < this.reviewsLength[r]; j++) {
			if (this.reviewsOf[r][j] == sur) {
				// already a reviewer of this State (a kept pairing reviewing only part of
				// what it could): a State reviews another once
				return false;
			}
		}
		int other = slot ^ 1;
		int still = (((open & ~p.mask[r]) != 0) ? 1 : 0) + (isComplete(other) ? 0 : 1);
		if (this.reviewerCount[sur] + 1 + still > p.maxReviewers[sur]) {
			return false;
		}
		if (!p.mutualAllowed) {
			int theirs = p.surOfParty[r];
			int self = p.surParty[sur];
			if (theirs >= 0) {
				for (int j = 0; j < this.reviewsLength[self]; j++) {
					if (this.reviewsOf[self][j] == theirs) {
						return false;
					}
				}
			}
		}
		return true;
	}

	void apply(int slot, int r) {
		apply(slot, r, this.problem.mask[r] & uncovered(slot));
	}

	/**
	 * Whether a kept pairing may stand where it is, reviewing exactly these instruments.
	 */
	boolean canKeep(int slot, int r, int gained) {
		return gained != 0 && (gained & ~uncovered(slot)) == 0 && (gained & ~this.problem.mask[r]) == 0
				&& this.slotLength[slot] < 4 && canTake(slot, r);
	}

	void apply(int slot, int r, int gained) {
		Problem p = this.problem;
		int sur = slot >> 1;
		int g = p.group[p.surParty[sur]];
		this.used[r]++;
		this.totalFree--;
		this.freeInGroup[p.group[r]]--;
		for (int i = 0; i < Problem.INSTRUMENTS.size(); i++) {
			if ((p.mask[r] & (1 << i)) != 0) {
				this.freeWith[i][p.group[r]]--;
				this.freeWithTotal[i]--;
			}
			if ((gained & (1 << i)) != 0) {
				this.needing[i][g][slot & 1]--;
			}
		}
		int before = entriesNeeded(slot, uncovered(slot));
		this.covered[slot] |= gained;
		int change = entriesNeeded(slot, uncovered(slot)) - before;
		this.openSlots += change;
		this.openByGroup[g][slot & 1] += change;
		this.slotGained[slot][this.slotLength[slot]] = gained;
		this.slotReviewers[slot][this.slotLength[slot]++] = r;
		this.reviewerCount[sur]++;
		this.reviewsOf[r][this.reviewsLength[r]++] = sur;
	}

	void undo(int slot) {
		Problem p = this.problem;
		int sur = slot >> 1;
		int g = p.group[p.surParty[sur]];
		int r = this.slotReviewers[slot][--this.slotLength[slot]];
		int gained = this.slotGained[slot][this.slotLength[slot]];
		int before = entriesNeeded(slot, uncovered(slot));
		this.covered[slot] &= ~gained;
		int change = entriesNeeded(slot, uncovered(slot)) - before;
		this.openSlots += change;
		this.openByGroup[g][slot & 1] += change;
		this.used[r]--;
		this.totalFree++;
		this.freeInGroup[p.group[r]]++;
		for (int i = 0; i < Problem.INSTRUMENTS.size(); i++) {
			if ((p.mask[r] & (1 << i)) != 0) {
				this.freeWith[i][p.group[r]]++;
				this.freeWithTotal[i]++;
			}
			if ((gained & (1 << i)) != 0) {
				this.needing[i][g][slot & 1]++;
			}
		}
		this.reviewerCount[sur]--;
		this.reviewsLength[r]--;
	}

	/**
	 * Necessary conditions on what is left: enough free capacity per group and per
	 * instrument.
	 */
	boolean boundsHold() {
		if (this.totalFree < this.openSlots) {
			return false;
		}
		for (int g = 0; g < this.freeInGroup.length; g++) {
			if (this.freeInGroup[g] < this.openByGroup[g][Problem.SAME]
					|| this.totalFree - this.freeInGroup[g] < this.openByGroup[g][Problem.OTHER]) {
				return false;
			}
		}
		for (int i = 0; i < this.freeWithTotal.length; i++) {
			int total = 0;
			for (int g = 0; g < this.freeInGroup.length; g++) {
				int same = this.needing[i][g][Problem.SAME];
				int other = this.needing[i][g][Problem.OTHER];
				if (this.freeWith[i][g] < same || this.freeWithTotal[i] - this.freeWith[i][g] < other) {
					return false;
				}
				total += same + other;
			}
			if (this.freeWithTotal[i] < total) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A counting bound that sees through "a State able to review everything is also
	 * needed elsewhere": a slot with one open reviewer place takes one review only if a
	 * single State covers all its open instruments, otherwise at least two. With M the
	 * most such slots that single States can serve at once within their capacity (a
	 * maximum flow), the reviews needed are at least {@code 2 * N1 - M} plus the rest,
	 * and they must fit in the free capacity: for all slots together and for each group's
	 * SAME_GROUP and OTHER_GROUP slots. Exact as a necessary condition, so it never
	 * changes an answer; used before the solver at the root, where it proves at once what
	 * clause learning and cutting planes prove slowly.
	 * @return the slots a single State cannot serve when a bound fails, else null
	 */
	int[] flowShortfall() {
		int slots = this.problem.slots();
		int groups = Problem.GROUPS.size();
		// scope -1: every slot; 2g + type: the slots of type of group g's States
		for (int scope = -1; scope < 2 * groups; scope++) {
			java.util.List<Integer> single = new java.util.ArrayList<>();
			long needed = 0;
			for (int slot = 0; slot < slots; slot++) {
				int open = uncovered(slot);
				if (open == 0) {
					continue;
				}
				int g = this.problem.group[this.problem.surParty[slot >> 1]];
				if (scope >= 0 && scope != 2 * g + (slot & 1)) {
					continue;
				}
				int entries = entriesNeeded(slot, open);
				needed += entries;
				if (entries == 1) {
					single.add(slot);
				}
			}
			int free;
			if (scope < 0) {
				free = this.totalFree;
			}
			else {
				int g = scope >> 1;
				free = ((scope & 1) == Problem.SAME) ? this.freeInGroup[g] : this.totalFree - this.freeInGroup[g];
			}
			if (needed > free) {
				return single.stream().mapToInt(Integer::intValue).toArray();
			}
			if (needed + single.size() <= free) {
				continue;
			}
			int[] served = maximumService(single);
			int unserved = 0;
			for (int x : served) {
				unserved += (x < 0) ? 1 : 0;
			}
			if (needed + unserved > free) {
				int[] left = new int[unserved];
				int j = 0;
				for (int i = 0; i < served.length; i++) {
					if (served[i] < 0) {
						left[j++] = single.get(i);
					}
				}
				return left;
			}
		}
		return null;
	}

	/**
	 * For each slot, a State that alone covers its open instruments and may take it now,
	 * each State serving at most its free capacity, as many slots as possible (augmenting
	 * paths); -1 for a slot left unserved.
	 */
	private int[] maximumService(java.util.List<Integer> slots) {
		int n = this.problem.parties();
		int[][] options = new int[slots.size()][];
		for (int i = 0; i < slots.size(); i++) {
			int slot = slots.get(i);
			int open = uncovered(slot);
			int[] found = new int[n];
			int count = 0;
			for (int r = 0; r < n; r++) {
				if ((this.problem.mask[r] & open) == open && canTake(slot, r)) {
					found[count++] = r;
				}
			}
			options[i] = java.util.Arrays.copyOf(found, count);
		}
		int[] served = new int[slots.size()];
		java.util.Arrays.fill(served, -1);
		java.util.List<java.util.List<Integer>> servedBy = new java.util.ArrayList<>();
		for (int r = 0; r < n; r++) {
			servedBy.add(new java.util.ArrayList<>());
		}
		for (int i = 0; i < slots.size(); i++) {
			this.guard.check();
			augment(i, options, served, servedBy, new boolean[n]);
		}
		return served;
	}

	private boolean augment(int i, int[][] options, int[] served, java.util.List<java.util.List<Integer>> servedBy,
			boolean[] visited) {
		for (int r : options[i]) {
			if (visited[r]) {
				continue;
			}
			visited[r] = true;
			java.util.List<Integer> taken = servedBy.get(r);
			if (taken.size() < this.k - this.used[r]) {
				taken.add(i);
				served[i] = r;
				return true;
			}
			for (int t = 0; t < taken.size(); t++) {
				int other = taken.get(t);
				if (augment(other, options, served, servedBy, visited)) {
					taken.set(t, i);
					served[i] = r;
					return true;
				}
			}
		}
		return false;
	}

	/** Which bound fails now, for explanations: {instrument or -1, group}. */
	int[] failingBound() {
		for (int i = 0; i < this.freeWithTotal.length; i++) {
			for (int g = 0; g < this.freeInGroup.length; g++) {
				if (this.freeWith[i][g] < this.needing[i][g][Problem.SAME]
						|| this.freeWithTotal[i] - this.freeWith[i][g] < this.needing[i][g][Problem.OTHER]) {
					return new int[] { i, g };
				}
			}
		}
		for (int g = 0; g < this.freeInGroup.length; g++) {
			if (this.freeInGroup[g] < this.openByGroup[g][Problem.SAME]
					|| this.totalFree - this.freeInGroup[g] < this.openByGroup[g][Problem.OTHER]) {
				return new int[] { -1, g };
			}
		}
		for (int i = 0; i < this.freeWithTotal.length; i++) {
			int total = 0;
			for (int g = 0; g < this.freeInGroup.length; g++) {
				total += this.needing[i][g][Problem.SAME] + this.needing[i][g][Problem.OTHER];
			}
			if (this.freeWithTotal[i] < total) {
				return new int[] { i, -1 };
			}
		}
		return new int[] { -1, -1 };
	}

	/**
	 * Whether the drawing as it stands can be completed. Exact: the quick ways first
	 * ({@link #cheaply}); then, where OR-Tools loads, the linear relaxation
	 * ({@link LinearRelaxation}: a certified "no", or its solution rounded into a
	 * completion), its stronger form with the rows for every set of instruments (the
	 * same, then a completion found by the mixed-integer solver on it), CP-SAT; finally
	 * the SAT solver on {@link AdmissibilityModel}. On success {@link #witness} holds a
	 * completion and the state is as before.
	 */
	boolean completable() {
		int answer = cheaply();
		if (answer != UNKNOWN) {
			return answer == YES;
		}
		if (!LinearRelaxation.available()) {
			return bySat4j();
		}
		LinearRelaxation linear = new LinearRelaxation(this);
		answer = linearly(linear);
		if (answer != UNKNOWN) {
			return answer == YES;
		}
		LinearRelaxation strong = new LinearRelaxation(this, -1, null, true);
		answer = linearly(strong);
		if (answer != UNKNOWN) {
			return answer == YES;
		}
		if (strong.completeByMip(MIP_SECONDS)) {
			this.witness = strong.completion;
			return true;
		}
		Boolean decided = linear.decide(CP_SAT_SECONDS / 2);
		if (decided == null) {
			decided = linear.decideFromFewest(CP_SAT_SECONDS);
		}
		if (decided != null) {
			if (decided) {
				this.witness = linear.completion;
			}
			return decided;
		}
		return bySat4j();
	}

	/**
	 * The quick ways: the capacity bounds; the last completion found, if it holds every
	 * lot drawn; a short search in slot order guided by it; that completion repaired by
	 * augmenting paths and checked against every rule ({@link Completion}); the flow
	 * bound; and, without OR-Tools, the counting relaxations ({@link Relaxation}) after a
	 * longer search (with it they almost never answered where the linear relaxation was
	 * asked next: measured on the random family). YES, NO or UNKNOWN.
	 */
	private int cheaply() {
		this.guard.check();
		if (!boundsHold()) {
			return NO;
		}
		if (witnessHoldsEveryLot()) {
			return YES;
		}
		// Where OR-Tools loads, the search gets just enough nodes to follow the last
		// completion through the open lots, with a little backtracking: measured on the
		// random family, a longer blind search cost more than the relaxations it spared.
		boolean linear = LinearRelaxation.available();
		long budget = linear ? this.openSlots + 100 : 2L * this.problem.slots() + 500;
		int result = ordered(0, this.nodes + budget);
		if (result != UNKNOWN) {
			return result;
		}
		int[][] repaired = Completion.find(this, this.witness);
		if (repaired != null) {
			this.witness = repaired;
			return YES;
		}
		if (flowShortfall() != null) {
			return NO;
		}
		if (!linear && new Relaxation(this).refutes()) {
			return NO;
		}
		return UNKNOWN;
	}

	/**
	 * The linear relaxation of the state as it is: NO with its certificate, YES with its
	 * solution (or the one with the fewest reviewers) rounded and repaired into a
	 * completion, else UNKNOWN; its solution stays for a hint to CP-SAT.
	 */
	private int linearly(LinearRelaxation linear) {
		try {
			if (linear.refutesKeeping()) {
				return NO;
			}
			int[][] rounded = rounded(linear);
			if (rounded != null) {
				this.witness = rounded;
				return YES;
			}
			return UNKNOWN;
		}
		finally {
			linear.close();
		}
	}

	/**
	 * Of these candidates for the next lot of a slot (each may take it now, in the order
	 * the random stream offers them), the position of the first admissible one, or -1 if
	 * none is. Exactly what asking each in turn gives: each is asked the cheap ways in
	 * turn (its State given the lot, asked, the lot taken back) until one says yes; those
	 * they leave open before it are then asked together ({@link #earliestLinearly}).
	 */
	int firstAdmissible(int slot, Offer order) {
		List<Integer> open = new java.util.ArrayList<>();
		for (int position = 0; position < order.size(); position++) {
			int answer = withLot(slot, order.get(position), this::cheaply);
			if (answer == YES) {
				int earlier = earliestLinearly(slot, order, open);
				return (earlier >= 0) ? earlier : position;
			}
			if (answer == UNKNOWN) {
				open.add(position);
			}
		}
		return earliestLinearly(slot, order, open);
	}

	/**
	 * The first admissible among these positions (left open by the cheap ways), or -1,
	 * asking about them together: the linear relaxation with the row "one of them takes
	 * the lot" (its certificate strikes them all; its solution, or the one with the
	 * fewest reviewers, rounded into a completion, or rounded around one of them given
	 * the lot, may show one admissible: {@link #named}). If it names none: each in turn
	 * with the plain relaxation of its lot alone, as long as that settles it; for those
	 * left, the relaxation with the rows for every set of instruments, rounded the same
	 * ways, then the mixed-integer solver on it. When one is found admissible (a
	 * completion has it in the slot: it can be drawn first, the rest after it), only
	 * those before it are asked further, together again. What these leave open is asked
	 * one by one, exactly ({@link #completable}).
	 */
	private int earliestLinearly(int slot, Offer order, List<Integer> positions) {
		if (positions.isEmpty()) {
			return -1;
		}
		if (!LinearRelaxation.available() || positions.size() == 1) {
			return oneByOne(slot, order, positions);
		}
		GROUP_QUESTIONS.incrementAndGet();
		int[][][] shown = new int[1][][];
		int first = -1;
		List<Integer> asked = positions;
		for (boolean strong : new boolean[] { false, true }) {
			List<Integer> those = asked;
			int[] group = those.stream().mapToInt((i) -> order.get(i)).toArray();
			LinearRelaxation linear = new LinearRelaxation(this, slot, group, strong);
			try {
				if (linear.refutesKeeping()) {
					return -1;
				}
				first = named(linear.preferences(), slot, order, those, shown);
				if (first < 0) {
					first = named(linear.fewestReviewers(), slot, order, those, shown);
				}
			}
			finally {
				linear.close();
			}
			if (first < 0 && strong && linear.completeByMip(MIP_SECONDS)) {
				shown[0] = linear.completion;
				first = firstIn(linear.completion, slot, order, those);
			}
			if (first >= 0) {
				break;
			}
			if (!strong) {
				// each in turn, its lot given, by the plain relaxation alone, while that
				// settles it: the first found admissible is the answer, all before it
				// being refuted (cheaper, measured, than the stronger relaxation and the
				// mixed-integer search on them together)
				int k = 0;
				while (k < those.size()) {
					int answer = withLot(slot, order.get(those.get(k)), () -> linearly(new LinearRelaxation(this)));
					if (answer == YES) {
						GROUP_SETTLED_SINGLY.incrementAndGet();
						return those.get(k);
					}
					if (answer == UNKNOWN) {
						break;
					}
					k++;
				}
				if (k == those.size()) {
					GROUP_SETTLED_SINGLY.incrementAndGet();
					return -1;
				}
				GROUP_LEFT_AFTER_SINGLY.incrementAndGet();
				asked = those.subList(k, those.size());
				if (asked.size() == 1) {
					return oneByOne(slot, order, asked);
				}
			}
		}
		int[][] completion = shown[0];
		if (first < 0) {
			return oneByOne(slot, order, asked);
		}
		// admissible (a completion has it in the slot): the first admissible is it
		// unless one of those before it is
		GROUP_COMPLETIONS.incrementAndGet();
		int found = first;
		int earlier = earliestLinearly(slot, order, asked.stream().filter((i) -> i < found).toList());
		if (earlier >= 0) {
			GROUP_EARLIER.incrementAndGet();
			return earlier;
		}
		this.witness = completion;
		return found;
	}

	/**
	 * After the relaxation was found to hold: its solution rounded and repaired into a
	 * completion; else the same from its solution with the fewest reviewers (a second
	 * solve); null when neither rounding gives a completion.
	 */
	private int[][] rounded(LinearRelaxation linear) {
		int[][] completion = Completion.find(this, linear.preferences());
		if (completion != null) {
			return completion;
		}
		int[][] fewest = linear.fewestReviewers();
		return (fewest != null) ? Completion.find(this, fewest) : null;
	}

	/**
	 * The first of these positions that rounding these preferences shows admissible, or
	 * -1: the completion they round into, if it has one of them in the slot, and, before
	 * that one (or if it has none), each of them in turn given the lot with the same
	 * preferences rounded around it (cheap next to another relaxation, and it shows the
	 * earliest one admissible where the plain rounding names a later one or none). The
	 * completion that shows it in {@code shown[0]}.
	 */
	private int named(int[][] preferences, int slot, Offer order, List<Integer> positions, int[][][] shown) {
		if (preferences == null) {
			return -1;
		}
		int[][] completion = Completion.find(this, preferences);
		int first = (completion != null) ? firstIn(completion, slot, order, positions) : -1;
		if (first >= 0) {
			shown[0] = completion;
		}
		if (first != positions.get(0)) {
			int earlier = firstRounded(slot, order, positions, first, preferences, shown);
			if (earlier >= 0) {
				GROUP_ROUNDED_AROUND.incrementAndGet();
				return earlier;
			}
		}
		return first;
	}

	/**
	 * The first of these positions before {@code before} (all when it is -1) whose State,
	 * given the lot, completes by rounding these preferences ({@link Completion#find}),
	 * the completion (checked against every rule) in {@code found[0]}; -1 if none does.
	 */
	private int firstRounded(int slot, Offer order, List<Integer> positions, int before, int[][] preferences,
			int[][][] found) {
		if (preferences == null) {
			return -1;
		}
		for (int position : positions) {
			if (before >= 0 && position >= before) {
				break;
			}
			apply(slot, order.get(position));
			int[][] completion;
			try {
				completion = Completion.find(this, preferences);
			}
			finally {
				undo(slot);
			}
			if (completion != null && Completion.valid(this, completion)) {
				found[0] = completion;
				return position;
			}
		}
		return -1;
	}

	/** The first admissible among these positions, each asked exactly in turn, or -1. */
	private int oneByOne(int slot, Offer order, List<Integer> positions) {
		for (int position : positions) {
			if (withLot(slot, order.get(position), () -> completable() ? YES : NO) == YES) {
				return position;
			}
		}
		return -1;
	}

	/** The answer to a question asked with the next lot of the slot given to r. */
	private int withLot(int slot, int r, java.util.function.IntSupplier question) {
		apply(slot, r);
		try {
			return question.getAsInt();
		}
		finally {
			undo(slot);
		}
	}

	/**
	 * The first of these positions whose State is among the lots this completion adds to
	 * the slot, or -1.
	 */
	private int firstIn(int[][] completion, int slot, Offer order, List<Integer> positions) {
		for (int position : positions) {
			if (contains(completion[slot], order.get(position), this.slotLength[slot])) {
				return position;
			}
		}
		return -1;
	}

	private boolean bySat4j() {
		this.solverCalls++;
		if (this.model == null) {
			this.model = new AdmissibilityModel(this, AdmissibilityModel.ALL_RULES, false);
		}
		int[][] completion = this.model.complete(this);
		if (completion == null) {
			return false;
		}
		this.witness = completion;
		return true;
	}

	/**
	 * From here on, the lots already made (kept pairings) are the base of the solver's
	 * model.
	 */
	void rebase() {
		if (java.util.Arrays.equals(this.baseLength, this.slotLength)) {
			return;
		}
		this.baseLength = this.slotLength.clone();
		this.model = null;
		this.witness = null;
	}

	/**
	 * Whether the last completion found contains every lot made so far, each in its slot:
	 * then it still proves that the drawing can be completed.
	 */
	private boolean witnessHoldsEveryLot() {
		if (this.witness == null) {
			return false;
		}
		for (int slot = 0; slot < this.slotLength.length; slot++) {
			int[] planned = this.witness[slot];
			for (int j = this.baseLength[slot]; j < this.slotLength[slot]; j++) {
				if (!contains(planned, this.slotReviewers[slot][j], this.baseLength[slot])) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean contains(int[] values, int value, int from) {
		for (int i = from; i < values.length; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The candidates of a lot in the order the random stream offers them, drawn on a copy
	 * of the stream as far as they are asked for.
	 */
	static final class Offer {

		private final LotRandom random;

		private final List<Integer> pool;

		private final int[] order;

		private int made;

		Offer(LotRandom copy, List<Integer> candidates) {
			this.random = copy;
			this.pool = new java.util.ArrayList<>(candidates);
			this.order = new int[candidates.size()];
		}

		int size() {
			return this.order.length;
		}

		int get(int i) {
			while (this.made <= i) {
				this.order[this.made++] = this.pool.remove(this.random.nextInt(this.pool.size()));
			}
			return this.order[i];
		}

	}

	/** Questions asked of several candidates together, in this JVM (for tests). */
	static final java.util.concurrent.atomic.AtomicLong GROUP_QUESTIONS = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * Of those, the ones answered by a completion naming one of the candidates, in this
	 * JVM (for tests).
	 */
	static final java.util.concurrent.atomic.AtomicLong GROUP_COMPLETIONS = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * Of those, the ones where a candidate offered before the one named was found
	 * admissible, in this JVM (for tests).
	 */
	static final java.util.concurrent.atomic.AtomicLong GROUP_EARLIER = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * Of the questions together, those answered by a candidate given the lot with the
	 * relaxation's solution rounded around it, in this JVM (for tests).
	 */
	static final java.util.concurrent.atomic.AtomicLong GROUP_ROUNDED_AROUND = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * Of the questions together, those the plain relaxation left open and that asking
	 * each candidate with the plain relaxation alone then settled, in this JVM (for
	 * tests).
	 */
	static final java.util.concurrent.atomic.AtomicLong GROUP_SETTLED_SINGLY = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * Of those, the ones where asking singly left candidates open for the stronger
	 * relaxation, in this JVM (for tests).
	 */
	static final java.util.concurrent.atomic.AtomicLong GROUP_LEFT_AFTER_SINGLY = new java.util.concurrent.atomic.AtomicLong();

	/** How long the mixed-integer solver may look for a completion on one question. */
	private static final double MIP_SECONDS = 0.5;

	/** How long CP-SAT may take on one question before Sat4j takes over. */
	private static final double CP_SAT_SECONDS = 1.0;

	static final int YES = 1;

	static final int NO = 0;

	static final int UNKNOWN = 2;

	private int ordered(int from, long limit) {
		int slot = from;
		int slots = this.problem.slots();
		while (slot < slots && isComplete(slot)) {
			slot++;
		}
		if (slot == slots) {
			recordWitness();
			return YES;
		}
		if (++this.nodes > limit) {
			return UNKNOWN;
		}
		if ((this.nodes & 1023) == 0) {
			this.guard.check();
		}
		int hint = hintFor(slot);
		if (hint != NONE && canTake(slot, hint)) {
			int result = tryWith(slot, hint, limit);
			if (result != NO) {
				return result;
			}
		}
		int n = this.problem.parties();
		int offset = (int) ((slot * 7919L) % n);
		for (int j = 0; j < n; j++) {
			int r = (offset + j) % n;
			if (r != hint && canTake(slot, r)) {
				int result = tryWith(slot, r, limit);
				if (result != NO) {
					return result;
				}
			}
		}
		return NO;
	}

	private int tryWith(int slot, int r, long limit) {
		apply(slot, r);
		int result = boundsHold() ? ordered(slot, limit) : NO;
		undo(slot);
		return result;
	}

	private int hintFor(int slot) {
		if (this.witness == null) {
			return NONE;
		}
		for (int r : this.witness[slot]) {
			if (canTake(slot, r)) {
				return r;
			}
		}
		return NONE;
	}

	private void recordWitness() {
		int slots = this.problem.slots();
		int[][] copy = new int[slots][];
		for (int slot = 0; slot < slots; slot++) {
			copy[slot] = java.util.Arrays.copyOf(this.slotReviewers[slot], this.slotLength[slot]);
		}
		this.witness = copy;
	}

}
