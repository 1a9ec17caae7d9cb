package org.palermo.drawing.engine;

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

	private final int[] reviewerCount;

	private final int[][] reviewsOf;

	private final int[] reviewsLength;

	private int totalFree;

	private int openSlots;

	private final int[] freeInGroup;

	private final int[][] openByGroup;

	private final int[][] freeWith;

	private final int[] freeWithTotal;

	private final int[][][] needing;

	/** The last completion found: for each slot, its reviewers in order. */
	int[][] witness;

	long nodes;

	/** Where an exhausted search found a slot nobody could fill (for explanations). */
	int deadSlot = NONE;

	int deadMask;

	private int deadDepth = Integer.MAX_VALUE;

	LotSearch(Problem problem) {
		this.problem = problem;
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
		for (int slot = 0; slot < slots; slot++) {
			int sur = slot >> 1;
			int g = problem.group[problem.surParty[sur]];
			this.openSlots++;
			this.openByGroup[g][slot & 1]++;
			for (int i = 0; i < Problem.INSTRUMENTS.size(); i++) {
				if ((problem.need[sur] & (1 << i)) != 0) {
					this.needing[i][g][slot & 1]++;
				}
			}
		}
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
		this.covered[slot] |= gained;
		if (isComplete(slot)) {
			this.openSlots--;
			this.openByGroup[g][slot & 1]--;
		}
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
		if (isComplete(slot)) {
			this.openSlots++;
			this.openByGroup[g][slot & 1]++;
		}
		this.covered[slot] &= ~gained;
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
	 * Whether the drawing as it stands can be completed. Exact: a search in slot order
	 * guided by the last completion found, and, if that takes long, a search that always
	 * fills the most constrained slot first. On success {@link #witness} holds a
	 * completion and the state is as before.
	 */
	boolean completable() {
		if (!boundsHold()) {
			return false;
		}
		long budget = 64L * this.problem.slots() + 10_000;
		long start = this.nodes;
		int result = ordered(0, start + budget);
		if (result != UNKNOWN) {
			return result == YES;
		}
		this.deadSlot = NONE;
		this.deadDepth = Integer.MAX_VALUE;
		return constrainedFirst(0);
	}

	/**
	 * After a failed root search: searches again most-constrained-first to find the dead
	 * end to name.
	 */
	void findDeadEnd() {
		this.deadSlot = NONE;
		this.deadDepth = Integer.MAX_VALUE;
		if (boundsHold()) {
			constrainedFirst(0);
		}
	}

	private static final int YES = 1;

	private static final int NO = 0;

	private static final int UNKNOWN = 2;

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

	private boolean constrainedFirst(int depth) {
		int slots = this.problem.slots();
		int best = NONE;
		int bestCount = Integer.MAX_VALUE;
		int n = this.problem.parties();
		for (int slot = 0; slot < slots; slot++) {
			if (isComplete(slot)) {
				continue;
			}
			int count = 0;
			for (int r = 0; r < n && count < bestCount; r++) {
				if (canTake(slot, r)) {
					apply(slot, r);
					if (boundsHold()) {
						count++;
					}
					undo(slot);
				}
			}
			if (count < bestCount) {
				best = slot;
				bestCount = count;
				if (count == 0) {
					break;
				}
			}
		}
		if (best == NONE) {
			recordWitness();
			return true;
		}
		this.nodes++;
		if (bestCount == 0) {
			if (depth < this.deadDepth) {
				// The shallowest dead end explains best: fewest earlier choices lead to
				// it.
				this.deadDepth = depth;
				this.deadSlot = best;
				this.deadMask = uncovered(best);
			}
			return false;
		}
		int hint = hintFor(best);
		for (int pass = 0; pass < 2; pass++) {
			for (int r = 0; r < n; r++) {
				if ((pass == 0) != (r == hint) || !canTake(best, r)) {
					continue;
				}
				apply(best, r);
				boolean done = boundsHold() && constrainedFirst(depth + 1);
				undo(best);
				if (done) {
					return true;
				}
			}
		}
		return false;
	}

	private int hintFor(int slot) {
		if (this.witness == null) {
			return NONE;
		}
		int[] planned = this.witness[slot];
		int position = this.slotLength[slot];
		return (position < planned.length) ? planned[position] : NONE;
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
