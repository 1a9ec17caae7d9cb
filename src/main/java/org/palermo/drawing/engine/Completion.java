package org.palermo.drawing.engine;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A quick way to a "yes": builds a completion of the drawing as it stands (the lots
 * drawn, plus planned reviewers for what is still open) by repairing the last completion
 * found, or from nothing, with augmenting paths: an open place is given to a State with
 * reviews left, or to a State whose review elsewhere is moved to another State, and so
 * on. It only ever says "yes" with a completion that {@link #valid} has checked against
 * every rule, so it never changes an answer; when it finds nothing, the exact search
 * decides.
 */
final class Completion {

	private final LotSearch search;

	private final Problem problem;

	/** For each slot, the reviewers planned after its lots. */
	private final int[][] planned;

	private final int[] plannedLength;

	/** Reviews of each party, drawn and planned. */
	private final int[] load;

	/** Reviewers of each State under review, drawn and planned. */
	private final int[] count;

	private final int k;

	/** For each party, the slots where it is planned. */
	private final int[][] plannedIn;

	private Completion(LotSearch search) {
		this.search = search;
		this.problem = search.problem;
		this.k = this.problem.reviewsPerState;
		int slots = this.problem.slots();
		this.planned = new int[slots][8];
		this.plannedLength = new int[slots];
		this.load = search.used.clone();
		this.count = search.reviewerCount.clone();
		this.plannedIn = new int[this.problem.parties()][];
		for (int r = 0; r < this.plannedIn.length; r++) {
			this.plannedIn[r] = new int[0];
		}
	}

	/**
	 * A valid completion of the drawing in {@code search} (for each slot its lots, then
	 * the planned reviewers), built from {@code previous} (a completion of an earlier
	 * state, or null), or null if none was found quickly.
	 */
	static int[][] find(LotSearch search, int[][] previous) {
		Completion completion = new Completion(search);
		return completion.build(previous) ? completion.result() : null;
	}

	private boolean build(int[][] previous) {
		Problem p = this.problem;
		int slots = p.slots();
		if (previous != null) {
			for (int slot = 0; slot < slots; slot++) {
				if (this.search.isComplete(slot)) {
					continue;
				}
				for (int r : previous[slot]) {
					if (!isLot(slot, r) && adds(slot, r) != 0) {
						// the earlier plan, kept where it still adds something (checked
						// below)
						plan(slot, r);
						if (this.plannedLength[slot] == this.planned[slot].length) {
							break;
						}
					}
				}
			}
			// Drop what breaks a rule: too many reviews, a mutual review, too many
			// reviewers.
			for (int slot = 0; slot < slots; slot++) {
				for (int j = this.plannedLength[slot] - 1; j >= 0; j--) {
					int r = this.planned[slot][j];
					if (this.load[r] > this.k || !p.staticallyEligible(slot, r) || mutual(slot, r)
							|| this.count[slot >> 1] > p.maxReviewers[slot >> 1]) {
						unplan(slot, j);
					}
				}
			}
		}
		// Fill every open place, the most constrained slots first.
		for (int round = 0; round < 2; round++) {
			Integer[] order = new Integer[slots];
			int[] options = new int[slots];
			for (int slot = 0; slot < slots; slot++) {
				order[slot] = slot;
				int missing = missing(slot);
				if (missing != 0) {
					for (int r = 0; r < p.parties(); r++) {
						if ((p.mask[r] & missing) != 0 && mayPlan(slot, r)) {
							options[slot]++;
						}
					}
				}
			}
			Arrays.sort(order, (a, b) -> Integer.compare(options[a], options[b]));
			for (int slot : order) {
				int guardCount = 0;
				while (missing(slot) != 0) {
					if (++guardCount > 4 || !fill(slot)) {
						break;
					}
				}
			}
		}
		for (int slot = 0; slot < slots; slot++) {
			if (missing(slot) != 0) {
				return false;
			}
		}
		return valid(result());
	}

	/** What a slot still lacks after its lots and planned reviewers. */
	private int missing(int slot) {
		int covered = this.search.covered[slot];
		for (int j = 0; j < this.plannedLength[slot]; j++) {
			covered |= this.problem.mask[this.planned[slot][j]];
		}
		return this.problem.need[slot >> 1] & ~covered;
	}

	/** What a party would add to a slot now. */
	private int adds(int slot, int r) {
		return this.problem.mask[r] & missing(slot);
	}

	private boolean isLot(int slot, int r) {
		for (int j = 0; j < this.search.slotLength[slot]; j++) {
			if (this.search.slotReviewers[slot][j] == r) {
				return true;
			}
		}
		return false;
	}

	private boolean isPlanned(int slot, int r) {
		for (int j = 0; j < this.plannedLength[slot]; j++) {
			if (this.planned[slot][j] == r) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the State under review of a slot reviews party r's State (drawn or
	 * planned).
	 */
	private boolean mutual(int slot, int r) {
		if (this.problem.mutualAllowed) {
			return false;
		}
		int theirs = this.problem.surOfParty[r];
		if (theirs < 0) {
			return false;
		}
		int self = this.problem.surParty[slot >> 1];
		for (int type = 0; type < 2; type++) {
			int other = 2 * theirs + type;
			if (isLot(other, self) || isPlanned(other, self)) {
				return true;
			}
		}
		return false;
	}

	/** Whether r may be planned in a slot, ignoring its load and the reviewer count. */
	private boolean mayPlan(int slot, int r) {
		return this.plannedLength[slot] < this.planned[slot].length - 1 && this.problem.staticallyEligible(slot, r)
				&& !isLot(slot, r) && !isPlanned(slot, r) && !mutual(slot, r);
	}

	private void plan(int slot, int r) {
		int[] slots = Arrays.copyOf(this.plannedIn[r], this.plannedIn[r].length + 1);
		slots[slots.length - 1] = slot;
		this.plannedIn[r] = slots;
		this.planned[slot][this.plannedLength[slot]++] = r;
		this.load[r]++;
		this.count[slot >> 1]++;
	}

	private void unplan(int slot, int j) {
		int r = this.planned[slot][j];
		int[] slots = this.plannedIn[r];
		for (int i = 0; i < slots.length; i++) {
			if (slots[i] == slot) {
				slots[i] = slots[slots.length - 1];
				this.plannedIn[r] = Arrays.copyOf(slots, slots.length - 1);
				break;
			}
		}
		this.planned[slot][j] = this.planned[slot][--this.plannedLength[slot]];
		this.load[r]--;
		this.count[slot >> 1]--;
	}

	private int indexOf(int slot, int r) {
		for (int j = 0; j < this.plannedLength[slot]; j++) {
			if (this.planned[slot][j] == r) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * Covers (part of) what a slot lacks: an augmenting path through planned reviews,
	 * breadth first. Each step gives a place to a State that covers everything the place
	 * lacks; the State either has a review left or gives up a planned review that another
	 * State then takes over. Failing that, one State with a review left takes part of it,
	 * if the State under review may have one more reviewer.
	 */
	private boolean fill(int start) {
		this.search.guard.check();
		return augment(start, true) || augment(start, false);
	}

	/**
	 * One breadth-first search for an augmenting path from a slot that lacks something.
	 * The roots: the slot takes one more reviewer (if its State under review may have one
	 * more), or one of its planned reviewers is replaced by one that covers more. With
	 * {@code whole} false, the new reviewer of the first root may cover only part of what
	 * is lacking.
	 */
	private boolean augment(int start, boolean whole) {
		Problem p = this.problem;
		int n = p.parties();
		int sur = start >> 1;
		boolean room = this.count[sur] < p.maxReviewers[sur];
		int lacking = missing(start);
		if (!whole && !room) {
			return false;
		}
		int size = n * (this.k + 1) + 8;
		int[] holeSlot = new int[size];
		int[] holeParent = new int[size];
		int[] holeVia = new int[size];
		boolean[] seen = new boolean[n];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		int holes = 0;
		if (room) {
			holeSlot[holes] = start;
			holeParent[holes] = -1;
			holeVia[holes] = -1;
			queue.add(holes++);
		}
		if (whole) {
			for (int j = 0; j < this.plannedLength[start]; j++) {
				holeSlot[holes] = start;
				holeParent[holes] = -1;
				holeVia[holes] = this.planned[start][j];
				queue.add(holes++);
			}
		}
		while (!queue.isEmpty()) {
			int h = queue.poll();
			int slot = holeSlot[h];
			int need = (holeVia[h] < 0) ? lacking : missingWithout(slot, holeVia[h]);
			boolean partial = !whole && holeParent[h] < 0;
			for (int q = 0; q < n; q++) {
				if (seen[q] || q == holeVia[h]) {
					continue;
				}
				int covers = p.mask[q] & need;
				if ((partial ? covers == 0 : covers != need) || !mayPlan(slot, q)) {
					continue;
				}
				seen[q] = true;
				if (this.load[q] < this.k) {
					apply(h, q, holeSlot, holeParent, holeVia);
					return true;
				}
				for (int other : this.plannedIn[q]) {
					if (other == slot || holes >= size) {
						continue;
					}
					holeSlot[holes] = other;
					holeParent[holes] = h;
					holeVia[holes] = q;
					if (missingWithout(other, q) == 0) {
						// q was not needed there: free
						apply(holes, -1, holeSlot, holeParent, holeVia);
						return true;
					}
					queue.add(holes++);
				}
			}
		}
		return false;
	}

	/** What a slot would lack without planned reviewer r. */
	private int missingWithout(int slot, int r) {
		int covered = this.search.covered[slot];
		for (int j = 0; j < this.plannedLength[slot]; j++) {
			if (this.planned[slot][j] != r) {
				covered |= this.problem.mask[this.planned[slot][j]];
			}
		}
		return this.problem.need[slot >> 1] & ~covered;
	}

	/**
	 * Applies an augmenting path ending at hole h: q takes hole h, the party that left
	 * h's slot takes the parent hole, and so on up to the start.
	 */
	private void apply(int h, int q, int[] holeSlot, int[] holeParent, int[] holeVia) {
		int taker = q;
		while (h >= 0) {
			int slot = holeSlot[h];
			int leaving = holeVia[h];
			int j = (leaving >= 0) ? indexOf(slot, leaving) : -1;
			if (j >= 0) {
				unplan(slot, j);
			}
			if (taker >= 0) {
				plan(slot, taker);
			}
			taker = leaving;
			h = holeParent[h];
		}
	}

	private int[][] result() {
		int slots = this.problem.slots();
		int[][] completion = new int[slots][];
		for (int slot = 0; slot < slots; slot++) {
			int lots = this.search.slotLength[slot];
			completion[slot] = Arrays.copyOf(this.search.slotReviewers[slot], lots + this.plannedLength[slot]);
			System.arraycopy(this.planned[slot], 0, completion[slot], lots, this.plannedLength[slot]);
		}
		return completion;
	}

	/**
	 * Whether a completion of the drawing in {@code search} keeps every rule: it holds
	 * every lot drawn in its slot, and with the reviewers it adds every slot covers its
	 * instruments, every added reviewer may fill its slot (group, not itself, not an
	 * excluded pair), no State reviews more than maxReviewsPerState times, no State under
	 * review has more than its maximum of reviewers, and (unless allowed) no two States
	 * review each other. Then it can be drawn lot by lot (the added reviewers that add
	 * nothing are left out), so the drawing can be completed.
	 */
	boolean valid(int[][] completion) {
		return valid(this.search, completion);
	}

	static boolean valid(LotSearch search, int[][] completion) {
		Problem p = search.problem;
		int slots = p.slots();
		int[] reviews = new int[p.parties()];
		int[] reviewers = new int[p.statesUnderReview()];
		java.util.Set<Long> pairs = new java.util.HashSet<>();
		for (int slot = 0; slot < slots; slot++) {
			int[] members = completion[slot];
			int lots = search.slotLength[slot];
			if (members.length < lots) {
				return false;
			}
			int covered = search.covered[slot];
			for (int j = 0; j < members.length; j++) {
				int r = members[j];
				if (j < lots) {
					if (r != search.slotReviewers[slot][j]) {
						return false;
					}
				}
				else {
					if (!p.staticallyEligible(slot, r)) {
						return false;
					}
					covered |= p.mask[r] & p.need[slot >> 1];
				}
				for (int i = 0; i < j; i++) {
					if (members[i] == r) {
						return false;
					}
				}
				reviews[r]++;
				reviewers[slot >> 1]++;
				pairs.add(((long) r << 32) | p.surParty[slot >> 1]);
			}
			if (covered != p.need[slot >> 1]) {
				return false;
			}
		}
		for (int r = 0; r < p.parties(); r++) {
			if (reviews[r] > p.reviewsPerState) {
				return false;
			}
		}
		for (int sur = 0; sur < p.statesUnderReview(); sur++) {
			if (reviewers[sur] > p.maxReviewers[sur]) {
				return false;
			}
		}
		if (!p.mutualAllowed) {
			for (long pair : pairs) {
				long reverse = ((pair & 0xffffffffL) << 32) | (pair >>> 32);
				if (pairs.contains(reverse)) {
					return false;
				}
			}
		}
		return true;
	}

}
