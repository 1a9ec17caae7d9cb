package org.palermo.drawing.engine;

import java.util.Arrays;

/**
 * Exact "no" answers without the SAT solver: relaxations of the rules that must hold for
 * any completion of the drawing as it stands, so that when one of them cannot be met, the
 * drawing cannot be completed. They never say "yes" (that needs a complete draw found by
 * the search or the solver), so they never change an answer, only how fast a "no" comes.
 * They make the counting arguments explicit that clause learning proves slowly (a set of
 * open places whose only candidates have fewer reviews left than those places need).
 */
final class Relaxation {

	private final LotSearch search;

	private final Problem problem;

	/** For each slot still open, the States that may take its next lot now. */
	private final int[][] candidates;

	/**
	 * For each slot, the fewest of its candidates that together cover its open
	 * instruments.
	 */
	private final int[] entries;

	/** For each party, the reviews it may still make. */
	private final int[] free;

	Relaxation(LotSearch search) {
		this.search = search;
		this.problem = search.problem;
		int slots = this.problem.slots();
		int n = this.problem.parties();
		this.candidates = new int[slots][];
		this.entries = new int[slots];
		this.free = new int[n];
		for (int r = 0; r < n; r++) {
			this.free[r] = Math.max(0, this.problem.reviewsPerState - search.used[r]);
		}
		int[] found = new int[n];
		for (int slot = 0; slot < slots; slot++) {
			int open = search.uncovered(slot);
			if (open == 0) {
				this.candidates[slot] = new int[0];
				continue;
			}
			int count = 0;
			boolean[] present = new boolean[16];
			for (int r = 0; r < n; r++) {
				if (search.canTake(slot, r)) {
					found[count++] = r;
					present[this.problem.mask[r] & open] = true;
				}
			}
			this.candidates[slot] = Arrays.copyOf(found, count);
			this.entries[slot] = fewestCovering(present, open);
		}
	}

	/**
	 * The fewest masks among those present whose union contains {@code open}, or 99 if
	 * none.
	 */
	static int fewestCovering(boolean[] present, int open) {
		int[] best = new int[16];
		Arrays.fill(best, 99);
		best[0] = 0;
		for (int round = 0; round < 4; round++) {
			for (int covered = 0; covered < 16; covered++) {
				if (best[covered] == 99) {
					continue;
				}
				for (int m = 1; m < 16; m++) {
					if (present[m] && best[covered] + 1 < best[covered | m]) {
						best[covered | m] = best[covered] + 1;
					}
				}
			}
		}
		int fewest = 99;
		for (int covered = 0; covered < 16; covered++) {
			if ((covered & open) == open) {
				fewest = Math.min(fewest, best[covered]);
			}
		}
		return fewest;
	}

	/**
	 * Whether a relaxation proves that the drawing as it stands cannot be completed: a
	 * slot its candidates cannot cover, a State under review that would need more
	 * reviewers than allowed, or a transportation problem without solution: each open
	 * slot needs its fewest covering number of distinct candidates (and, per instrument,
	 * one candidate party to it), each State giving at most the reviews it has left.
	 */
	boolean refutes() {
		int slots = this.problem.slots();
		for (int slot = 0; slot < slots; slot++) {
			if (this.entries[slot] > 4) {
				return true;
			}
		}
		for (int sur = 0; sur < this.problem.statesUnderReview(); sur++) {
			if (this.search.reviewerCount[sur] + this.entries[2 * sur]
					+ this.entries[2 * sur + 1] > this.problem.maxReviewers[sur]) {
				return true;
			}
		}
		if (!saturates(this.entries, this.candidates, this.free, this.search.guard)) {
			return true;
		}
		if (!this.problem.mutualAllowed && !pairsSuffice(this.entries, this.candidates)) {
			return true;
		}
		for (int i = 0; i < Problem.INSTRUMENTS.size(); i++) {
			int[] demand = new int[slots];
			int[][] options = new int[slots][];
			for (int slot = 0; slot < slots; slot++) {
				if ((this.search.uncovered(slot) & (1 << i)) == 0) {
					options[slot] = new int[0];
					continue;
				}
				demand[slot] = 1;
				int bit = 1 << i;
				options[slot] = Arrays.stream(this.candidates[slot])
					.filter((r) -> (this.problem.mask[r] & bit) != 0)
					.toArray();
			}
			if (!saturates(demand, options, this.free, this.search.guard)
					|| (!this.problem.mutualAllowed && !pairsSuffice(demand, options))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The same transportation problem where, in addition, two States under review give at
	 * most one review between them in either direction (no mutual reviews): a review of A
	 * by B passes through the node of the pair {A, B}, of capacity one. A valid
	 * completion gives such a flow, so when the maximum flow falls short, there is none.
	 * This sees the counting argument of the last States under review, which can only
	 * review each other: k States give at most k(k-1)/2 reviews among them. Asked for the
	 * reviews each slot needs, and for each instrument.
	 */
	private boolean pairsSuffice(int[] demands, int[][] options) {
		Problem p = this.problem;
		int slots = p.slots();
		int n = p.parties();
		int surs = p.statesUnderReview();
		// nodes: 0 source, 1 sink, 2.. slots, then parties, then pairs (created as
		// needed)
		MaxFlow flow = new MaxFlow(2 + slots + n);
		int demand = 0;
		java.util.Map<Long, Integer> pairs = new java.util.HashMap<>();
		for (int slot = 0; slot < slots; slot++) {
			if (demands[slot] == 0) {
				continue;
			}
			demand += demands[slot];
			flow.edge(0, 2 + slot, demands[slot]);
			int self = slot >> 1;
			for (int r : options[slot]) {
				int theirs = p.surOfParty[r];
				if (theirs < 0) {
					flow.edge(2 + slot, 2 + slots + r, 1);
					continue;
				}
				long key = ((long) Math.min(self, theirs) << 32) | Math.max(self, theirs);
				Integer node = pairs.get(key);
				if (node == null) {
					// in and out nodes joined by one unit: one review between the pair
					node = flow.node();
					int out = flow.node();
					pairs.put(key, node);
					flow.edge(node, out, 1);
					flow.edge(out, 2 + slots + p.surParty[Math.min(self, theirs)], 1);
					flow.edge(out, 2 + slots + p.surParty[Math.max(self, theirs)], 1);
				}
				flow.edge(2 + slot, node, 1);
			}
		}
		for (int r = 0; r < n; r++) {
			if (this.free[r] > 0) {
				flow.edge(2 + slots + r, 1, this.free[r]);
			}
		}
		return flow.max(0, 1, this.search.guard) >= demand;
	}

	/** Dinic's maximum flow on a small graph. */
	static final class MaxFlow {

		private int nodes;

		private int[] head;

		private int[] next = new int[64];

		private int[] to = new int[64];

		private int[] capacity = new int[64];

		private int edges;

		MaxFlow(int nodes) {
			this.nodes = nodes;
			this.head = new int[Math.max(nodes, 16)];
			Arrays.fill(this.head, -1);
		}

		int node() {
			if (this.nodes == this.head.length) {
				int old = this.head.length;
				this.head = Arrays.copyOf(this.head, old * 2);
				Arrays.fill(this.head, old, this.head.length, -1);
			}
			return this.nodes++;
		}

		void edge(int from, int target, int cap) {
			if (this.edges + 2 > this.to.length) {
				int size = this.to.length * 2;
				this.next = Arrays.copyOf(this.next, size);
				this.to = Arrays.copyOf(this.to, size);
				this.capacity = Arrays.copyOf(this.capacity, size);
			}
			this.to[this.edges] = target;
			this.capacity[this.edges] = cap;
			this.next[this.edges] = this.head[from];
			this.head[from] = this.edges++;
			this.to[this.edges] = from;
			this.capacity[this.edges] = 0;
			this.next[this.edges] = this.head[target];
			this.head[target] = this.edges++;
		}

		long max(int source, int sink, Guard guard) {
			long total = 0;
			int[] level = new int[this.nodes];
			int[] queue = new int[this.nodes];
			int[] current = new int[this.nodes];
			while (true) {
				guard.check();
				Arrays.fill(level, -1);
				level[source] = 0;
				int qh = 0;
				int qt = 0;
				queue[qt++] = source;
				while (qh < qt) {
					int u = queue[qh++];
					for (int e = this.head[u]; e >= 0; e = this.next[e]) {
						if (this.capacity[e] > 0 && level[this.to[e]] < 0) {
							level[this.to[e]] = level[u] + 1;
							queue[qt++] = this.to[e];
						}
					}
				}
				if (level[sink] < 0) {
					return total;
				}
				System.arraycopy(this.head, 0, current, 0, this.nodes);
				long pushed;
				while ((pushed = push(source, sink, Integer.MAX_VALUE, level, current)) > 0) {
					total += pushed;
				}
			}
		}

		private int push(int u, int sink, int limit, int[] level, int[] current) {
			if (u == sink) {
				return limit;
			}
			for (; current[u] >= 0; current[u] = this.next[current[u]]) {
				int e = current[u];
				int v = this.to[e];
				if (this.capacity[e] > 0 && level[v] == level[u] + 1) {
					int got = push(v, sink, Math.min(limit, this.capacity[e]), level, current);
					if (got > 0) {
						this.capacity[e] -= got;
						this.capacity[e ^ 1] += got;
						return got;
					}
				}
			}
			return 0;
		}

	}

	/**
	 * Whether every demand can be met: each slot takes {@code demand[slot]} distinct
	 * parties among its options, each party serving at most its capacity (a maximum flow
	 * by augmenting paths).
	 */
	static boolean saturates(int[] demand, int[][] options, int[] capacity, Guard guard) {
		int slots = demand.length;
		int parties = capacity.length;
		long total = 0;
		for (int d : demand) {
			total += d;
		}
		long room = 0;
		for (int c : capacity) {
			room += c;
		}
		if (total > room) {
			return false;
		}
		int[][] taken = new int[parties][];
		int[] load = new int[parties];
		for (int r = 0; r < parties; r++) {
			taken[r] = new int[Math.max(capacity[r], 0)];
		}
		int[][] servedBy = new int[slots][];
		int[] served = new int[slots];
		for (int slot = 0; slot < slots; slot++) {
			servedBy[slot] = new int[demand[slot] + 1];
		}
		int[] visited = new int[parties];
		int stamp = 0;
		for (int slot = 0; slot < slots; slot++) {
			while (served[slot] < demand[slot]) {
				stamp++;
				if ((stamp & 63) == 0) {
					guard.check();
				}
				if (!augment(slot, options, capacity, taken, load, servedBy, served, visited, stamp)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean augment(int slot, int[][] options, int[] capacity, int[][] taken, int[] load,
			int[][] servedBy, int[] served, int[] visited, int stamp) {
		for (int r : options[slot]) {
			if (visited[r] == stamp || holds(servedBy[slot], served[slot], r)) {
				continue;
			}
			visited[r] = stamp;
			if (load[r] < capacity[r]) {
				taken[r][load[r]++] = slot;
				servedBy[slot][served[slot]++] = r;
				return true;
			}
			for (int t = 0; t < load[r]; t++) {
				int other = taken[r][t];
				// other gives up r for another party, and slot takes r
				if (augment(other, options, capacity, taken, load, servedBy, served, visited, stamp)) {
					// other now holds one more party; drop r from it
					remove(servedBy[other], served, other, r);
					taken[r][t] = slot;
					servedBy[slot][served[slot]++] = r;
					return true;
				}
			}
		}
		return false;
	}

	private static boolean holds(int[] values, int length, int value) {
		for (int i = 0; i < length; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	private static void remove(int[] values, int[] served, int slot, int value) {
		int length = served[slot];
		for (int i = 0; i < length; i++) {
			if (values[i] == value) {
				values[i] = values[length - 1];
				served[slot]--;
				return;
			}
		}
	}

}
