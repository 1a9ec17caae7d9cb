package org.palermo.drawing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.IVecInt;
import org.sat4j.specs.TimeoutException;

/**
 * The rules of a drawing as a SAT problem (Sat4j), built once from the lots that stand
 * when it is made (kept pairings) and reused for every later question by assumptions. One
 * variable per slot and State that may still join that slot says "this State reviews in
 * this slot"; clauses require every open instrument of every slot to be covered;
 * cardinality constraints bound the reviews of each State and the reviewers of each State
 * under review; binary clauses forbid mutual reviews. A set of reviewers satisfying it
 * can always be drawn lot by lot (drop the reviewers that cover nothing of their own: the
 * rest each add an instrument whatever the order), so "a complete valid draw exists" is
 * exactly "the model is satisfiable with the lots drawn so far assumed".
 */
final class AdmissibilityModel {

	static final int CAPACITY = 1;

	static final int MAX_REVIEWING_STATES = 2;

	static final int EXCLUDED_PAIRS = 4;

	static final int NO_MUTUAL_REVIEWS = 8;

	static final int ALL_RULES = CAPACITY | MAX_REVIEWING_STATES | EXCLUDED_PAIRS | NO_MUTUAL_REVIEWS;

	private final Problem problem;

	private final Guard guard;

	/** The constraints, kept to load them into each solver of the portfolio. */
	private final List<int[]> clauses = new ArrayList<>();

	private final List<int[]> atMost = new ArrayList<>();

	private final List<Integer> atMostBound = new ArrayList<>();

	private int variableCount;

	/** Conflict-driven clause learning (Sat4j's default): fast on most questions. */
	private ISolver learning;

	/** The solver that gave the last answer (its model or core is read). */
	private ISolver solver;

	/** For each slot, the parties that have a variable there, ascending. */
	private final int[][] members;

	/** For each slot, the variable of each member. */
	private final int[][] variables;

	/** For each slot and instrument bit, the selector variable guarding its coverage. */
	private final int[][] selectors;

	private boolean contradiction;

	/**
	 * Another exact solver for plain questions, only for the comparison benchmark
	 * (OracleComparisonBenchmark: OR-Tools CP-SAT); null, always in production: Sat4j
	 * alone.
	 */
	static volatile OracleFactory alternative;

	/** A solver answering exactly whether the constraints hold with literals assumed. */
	interface Oracle {

		boolean solve(int[] assumptions, Guard guard);

		boolean value(int variable);

	}

	interface OracleFactory {

		Oracle create(int variableCount, List<int[]> clauses, List<int[]> atMost, List<Integer> atMostBound);

		/** Sat4j's conflicts tried first on each question before the oracle (0: none). */
		int quickConflicts();

	}

	private final OracleFactory factory;

	private Oracle oracle;

	private boolean answeredByOracle;

	AdmissibilityModel(LotSearch base, int rules, boolean selectable) {
		this.problem = base.problem;
		Problem p = this.problem;
		int slots = p.slots();
		int n = p.parties();
		int k = p.reviewsPerState;
		boolean capacity = (rules & CAPACITY) != 0;
		boolean exclusions = (rules & EXCLUDED_PAIRS) != 0;
		boolean noMutual = !p.mutualAllowed && (rules & NO_MUTUAL_REVIEWS) != 0;
		this.guard = base.guard;
		this.factory = selectable ? null : alternative;
		// The base: the lots before search.baseLength in each slot (the lots after it are
		// assumed in each question, so the model holds for every later state).
		int[] uncovered = new int[slots];
		int[] used = new int[n];
		int[] reviewerCount = new int[p.statesUnderReview()];
		java.util.Set<Long> reviewing = new java.util.HashSet<>();
		for (int slot = 0; slot < slots; slot++) {
			int covered = 0;
			for (int j = 0; j < base.baseLength[slot]; j++) {
				int r = base.slotReviewers[slot][j];
				covered |= base.gainedAt(slot, j);
				used[r]++;
				reviewerCount[slot >> 1]++;
				reviewing.add(((long) r << 32) | (slot >> 1));
			}
			uncovered[slot] = p.need[slot >> 1] & ~covered;
		}
		this.members = new int[slots][];
		this.variables = new int[slots][];
		this.selectors = new int[slots][4];
		int next = 0;
		List<List<Integer>> byParty = new ArrayList<>();
		for (int r = 0; r < n; r++) {
			byParty.add(new ArrayList<>());
		}
		for (int slot = 0; slot < slots; slot++) {
			int open = uncovered[slot];
			int self = p.surParty[slot >> 1];
			int[] found = new int[n];
			int count = 0;
			for (int r = 0; open != 0 && r < n; r++) {
				if ((p.mask[r] & open) == 0 || !p.staticallyEligible(slot, r, exclusions)
						|| (capacity && used[r] >= k)) {
					continue;
				}
				if (noMutual && p.surOfParty[r] >= 0 && reviewing.contains(((long) self << 32) | p.surOfParty[r])) {
					continue;
				}
				if (reviewing.contains(((long) r << 32) | (slot >> 1))) {
					// already a reviewer of this State: a State reviews another once
					continue;
				}
				found[count++] = r;
			}
			this.members[slot] = Arrays.copyOf(found, count);
			this.variables[slot] = new int[count];
			for (int j = 0; j < count; j++) {
				this.variables[slot][j] = ++next;
				byParty.get(found[j]).add(next);
			}
		}
		if (selectable) {
			for (int slot = 0; slot < slots; slot++) {
				for (int i = 0; i < 4; i++) {
					this.selectors[slot][i] = ++next;
				}
			}
		}
		this.variableCount = next;
		try {
			for (int slot = 0; slot < slots; slot++) {
				int open = uncovered[slot];
				for (int i = 0; i < 4; i++) {
					if ((open & (1 << i)) == 0) {
						continue;
					}
					VecInt clause = new VecInt();
					if (selectable) {
						clause.push(-this.selectors[slot][i]);
					}
					for (int j = 0; j < this.members[slot].length; j++) {
						if ((p.mask[this.members[slot][j]] & (1 << i)) != 0) {
							clause.push(this.variables[slot][j]);
						}
					}
					addClause(clause.toArray(), clause.size());
				}
			}
			if (capacity) {
				for (int r = 0; r < n; r++) {
					int room = k - used[r];
					if (byParty.get(r).size() > room) {
						addAtMost(byParty.get(r).stream().mapToInt(Integer::intValue).toArray(), room);
					}
				}
			}
			if ((rules & MAX_REVIEWING_STATES) != 0) {
				for (int sur = 0; sur < p.statesUnderReview(); sur++) {
					int room = p.maxReviewers[sur] - reviewerCount[sur];
					VecInt both = new VecInt();
					for (int slot = 2 * sur; slot < 2 * sur + 2; slot++) {
						for (int v : this.variables[slot]) {
							both.push(v);
						}
					}
					if (both.size() > room) {
						addAtMost(Arrays.copyOf(both.toArray(), both.size()), Math.max(room, 0));
					}
				}
			}
			if (noMutual) {
				for (int slot = 0; slot < slots; slot++) {
					int self = p.surParty[slot >> 1];
					for (int j = 0; j < this.members[slot].length; j++) {
						int theirs = p.surOfParty[this.members[slot][j]];
						if (theirs < 0) {
							continue;
						}
						for (int type = 0; type < 2; type++) {
							int reverse = variable(2 * theirs + type, self);
							if (reverse > this.variables[slot][j]) {
								addClause(new int[] { -this.variables[slot][j], -reverse }, 2);
							}
						}
					}
				}
			}
		}
		catch (ContradictionException ex) {
			this.contradiction = true;
		}
		if (!this.contradiction) {
			this.learning = load(SolverFactory.newDefault());
			this.contradiction = this.learning == null;
			this.solver = this.learning;
		}
	}

	private void addClause(int[] literals, int size) throws ContradictionException {
		if (size == 0) {
			throw new ContradictionException("a slot nobody can fill");
		}
		this.clauses.add(Arrays.copyOf(literals, size));
	}

	private void addAtMost(int[] literals, int bound) {
		this.atMost.add(literals);
		this.atMostBound.add(bound);
	}

	/** Loads the constraints into a fresh solver, or returns null if they contradict. */
	private ISolver load(ISolver fresh) {
		fresh.setKeepSolverHot(true);
		fresh.newVar(this.variableCount);
		try {
			for (int[] clause : this.clauses) {
				fresh.addClause(new VecInt(clause));
			}
			for (int i = 0; i < this.atMost.size(); i++) {
				fresh.addAtMost(new VecInt(this.atMost.get(i)), this.atMostBound.get(i));
			}
		}
		catch (ContradictionException ex) {
			return null;
		}
		return fresh;
	}

	/** The variable of a party in a slot, or 0 if it has none. */
	int variable(int slot, int party) {
		int j = Arrays.binarySearch(this.members[slot], party);
		return (j >= 0) ? this.variables[slot][j] : 0;
	}

	/**
	 * A completion of the drawing as it stands in {@code search} (for each slot its
	 * reviewers so far, then those the solver adds), or null if none exists.
	 */
	int[][] complete(LotSearch search) {
		IVecInt assumptions = new VecInt();
		for (int slot = 0; slot < this.members.length; slot++) {
			for (int j = search.baseLength[slot]; j < search.slotLength[slot]; j++) {
				int v = variable(slot, search.slotReviewers[slot][j]);
				if (v == 0) {
					return null;
				}
				assumptions.push(v);
			}
		}
		if (!solve(assumptions, search.guard)) {
			return null;
		}
		int[][] completion = new int[this.members.length][];
		for (int slot = 0; slot < this.members.length; slot++) {
			int[] reviewers = Arrays.copyOf(search.slotReviewers[slot], search.slotLength[slot] + 4);
			int length = search.slotLength[slot];
			for (int j = 0; j < this.members[slot].length && length < reviewers.length; j++) {
				int r = this.members[slot][j];
				if ((this.answeredByOracle ? this.oracle.value(this.variables[slot][j])
						: this.solver.model(this.variables[slot][j]))
						&& !contains(search.slotReviewers[slot], search.baseLength[slot], search.slotLength[slot], r)) {
					reviewers[length++] = r;
				}
			}
			completion[slot] = Arrays.copyOf(reviewers, length);
		}
		return completion;
	}

	private static boolean contains(int[] values, int from, int to, int value) {
		for (int i = from; i < to; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	/** Whether the model holds with these assumptions; stops with the guard. */
	boolean solve(IVecInt assumptions, Guard guard) {
		if (this.contradiction) {
			return false;
		}
		guard.check();
		this.answeredByOracle = false;
		if (this.factory != null) {
			if (this.factory.quickConflicts() > 0) {
				this.learning.setTimeoutOnConflicts(this.factory.quickConflicts());
				try {
					return this.learning.isSatisfiable(assumptions);
				}
				catch (TimeoutException ex) {
					guard.check();
				}
			}
			if (this.oracle == null) {
				this.oracle = this.factory.create(this.variableCount, this.clauses, this.atMost, this.atMostBound);
			}
			this.answeredByOracle = true;
			return this.oracle.solve(Arrays.copyOf(assumptions.toArray(), assumptions.size()), guard);
		}
		// Turns of a bounded number of conflicts (250, then 500), learned clauses kept
		// between them, so that the time limit is asked between turns: short turns keep
		// the overshoot past the limit small on large models.
		int budget = 250;
		while (true) {
			this.learning.setTimeoutOnConflicts(budget);
			try {
				return this.learning.isSatisfiable(assumptions);
			}
			catch (TimeoutException ex) {
				guard.check();
			}
			// Bounded turns: the guard is asked between them (Sat4j's own timeout cannot
			// be ended from outside safely while it counts conflicts).
			budget = Math.min(budget * 2, 500);
		}
	}

	/**
	 * For explanations: of the coverage selectors assumed, a subset that still cannot be
	 * satisfied together (the solver's unsatisfiable core), or null if satisfiable.
	 */
	int[] core(int[] assumed, Guard guard) {
		if (solve(new VecInt(assumed), guard)) {
			return null;
		}
		if (this.contradiction) {
			return assumed;
		}
		IVecInt explanation = this.solver.unsatExplanation();
		if (explanation == null) {
			return assumed;
		}
		List<Integer> core = new ArrayList<>();
		for (int i = 0; i < explanation.size(); i++) {
			core.add(Math.abs(explanation.get(i)));
		}
		return Arrays.stream(assumed).filter((a) -> core.contains(a)).toArray();
	}

	/** The selector of a slot's instrument coverage (explanations only). */
	int selector(int slot, int instrument) {
		return this.selectors[slot][instrument];
	}

}
