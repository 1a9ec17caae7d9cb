package org.palermo.drawing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

/**
 * Exact "no" answers from the linear relaxation of what is left of the drawing (OR-Tools'
 * GLOP simplex), and "yes" answers from its rows solved with whole reviewers (SCIP,
 * CP-SAT), each checked against every rule ({@link Completion#valid}) before it counts:
 * one variable between 0 and 1 for each open slot and each State that may take its next
 * lot now; each open instrument of each slot covered at least once; each State within the
 * reviews it has left; each State under review within its reviewers left; no two States
 * under review taking each other. When even fractional reviewers cannot meet these, no
 * draw can.
 *
 * <p>
 * The floating-point answer is never trusted as such: the solver's dual values of the
 * phase-one problem (minimise the uncovered amount) are rounded to multiples of
 * 2<sup>-24</sup> and checked in integer arithmetic as a Farkas certificate: the
 * combination {@code sum(u_i * covering row i) - sum(v_j * bounding row j)} of the rows
 * must ask for more ({@code sum(u_i) - sum(v_j * bound_j)}) than any choice of variables
 * between 0 and 1 can give ({@code sum over variables of max(0, coefficient)}). Only a
 * certificate that passes says "no", so the answer is exact whatever the solver's
 * rounding; otherwise the exact solver decides. This proves at once the counting
 * arguments across instruments that clause learning proves slowly or not at all (twenty
 * open slots needing the Smuggling Protocol facing exactly twenty free reviews of its
 * parties, ten of which are also needed where all four instruments are).
 */
final class LinearRelaxation {

	/** Scale of the rounded multipliers. */
	private static final long SCALE = 1L << 24;

	private static volatile Boolean loaded;

	private final LotSearch search;

	private final Problem problem;

	/**
	 * The covering rows (at least their demand), with their weights (null: all 1), and
	 * the bounding rows (at most their bound, all weights 1): variable indices.
	 */
	private final List<int[]> covering = new ArrayList<>();

	private final List<int[]> weights = new ArrayList<>();

	private final List<Integer> demands = new ArrayList<>();

	private final List<int[]> bounding = new ArrayList<>();

	private final List<Integer> bounds = new ArrayList<>();

	/**
	 * What each row says, independently of this relaxation's numbering ({@link #key}), so
	 * that a certificate found on one relaxation can be tried on the next.
	 */
	private final List<Long> coveringKeys = new ArrayList<>();

	private final List<Long> boundingKeys = new ArrayList<>();

	private int variables;

	/** For each variable, its slot and party. */
	private int[] slotOf = new int[64];

	private int[] partyOf = new int[64];

	/** A slot with an open instrument that no State may cover: refuted at once. */
	private boolean empty;

	/** The fractional solution when the relaxation holds. */
	private double[] solution;

	/**
	 * The feasible relaxation, kept for {@link #fewestReviewers()} until
	 * {@link #close()}.
	 */
	private MPSolver lp;

	private MPVariable[] lpVariables;

	private MPVariable[] lpShortfalls;

	/** The solution of {@link #fewestReviewers()}, once found. */
	private double[] fewest;

	/**
	 * The completion found by {@link #decide} or {@link #completeByMip} when it says yes.
	 */
	int[][] completion;

	LinearRelaxation(LotSearch search) {
		this(search, -1, null, false);
	}

	LinearRelaxation(LotSearch search, int lotSlot, int[] group) {
		this(search, lotSlot, group, false);
	}

	/**
	 * The relaxation with one more row when {@code group} is given: the next lot of
	 * {@code lotSlot} goes to one of these States (each may take it now). A completion
	 * with one of them in that slot exists exactly when one of them is admissible for the
	 * lot: it can be drawn first, the rest of the completion after it.
	 */
	LinearRelaxation(LotSearch search, int lotSlot, int[] group, boolean strong) {
		this.search = search;
		this.problem = search.problem;
		Problem p = this.problem;
		int slots = p.slots();
		int n = p.parties();
		// the variable of each slot and party, -1 for none; a slot's variables are
		// numbered one after the other
		int[] variableAt = new int[slots * n];
		Arrays.fill(variableAt, -1);
		for (int slot = 0; slot < slots; slot++) {
			int open = search.uncovered(slot);
			if (open == 0) {
				continue;
			}
			int first = this.variables;
			for (int r = 0; r < n; r++) {
				if (search.canTake(slot, r)) {
					variableAt[slot * n + r] = add(slot, r);
				}
			}
			int last = this.variables;
			for (int i = 0; i < Problem.INSTRUMENTS.size(); i++) {
				int bit = 1 << i;
				if ((open & bit) == 0) {
					continue;
				}
				int[] row = partiesTo(bit, first, last);
				if (row.length == 0) {
					this.empty = true;
				}
				cover(key(COVER, slot, i), row, null, 1);
			}
			// Whole reviewers: the open instruments (when strong, each set of two or more
			// of them; else also the sets that earlier certificates used) are covered by
			// one State party to all of them, or by two that are party to some of them.
			for (int set = open; set != 0; set = (set - 1) & open) {
				if (Integer.bitCount(set) < 2
						|| (!strong && set != open && !search.learnedRows.contains(key(WHOLE, slot, set)))) {
					continue;
				}
				if (!strong && set != open) {
					LEARNED_ROWS_ADDED.incrementAndGet();
				}
				int[] row = partiesTo(set, first, last);
				int[] weights = new int[row.length];
				for (int j = 0; j < row.length; j++) {
					weights[j] = ((p.mask[this.partyOf[row[j]]] & set) == set) ? 2 : 1;
				}
				cover(key(WHOLE, slot, set), row, weights, 2);
			}
		}
		int[][] byParty = grouped(this.partyOf, n, 1);
		for (int r = 0; r < n; r++) {
			int left = p.reviewsPerState - search.used[r];
			if (byParty[r].length > left) {
				bound(key(PARTY, r, 0), byParty[r], left);
			}
		}
		int[][] bySur = grouped(this.slotOf, p.statesUnderReview(), 2);
		for (int sur = 0; sur < p.statesUnderReview(); sur++) {
			int left = p.maxReviewers[sur] - search.reviewerCount[sur];
			if (bySur[sur].length > left) {
				bound(key(REVIEWED, sur, 0), bySur[sur], left);
			}
		}
		if (group != null) {
			if (lotSlot < 0 || lotSlot >= slots) {
				throw new IllegalArgumentException("a group needs the slot of its lot: " + lotSlot);
			}
			int[] row = Arrays.stream(group).map((r) -> variableAt[lotSlot * n + r]).filter((v) -> v >= 0).toArray();
			if (row.length == 0) {
				this.empty = true;
			}
			// one key for the row of every lot: a certificate of one lot's question may
			// settle the next lot's
			cover(key(GROUP, 0, 0), row, null, 1);
		}
		if (!p.mutualAllowed) {
			for (int v = 0; v < this.variables; v++) {
				int theirs = p.surOfParty[this.partyOf[v]];
				int self = p.surParty[this.slotOf[v] >> 1];
				for (int type = 0; type < 2 && theirs >= 0; type++) {
					int reverse = variableAt[(2 * theirs + type) * n + self];
					if (reverse > v) {
						bound(key(MUTUAL, this.slotOf[v], (this.partyOf[v] << 12) | (2 * theirs + type)),
								new int[] { v, reverse }, 1);
					}
				}
			}
		}
	}

	/**
	 * The variables from {@code first} to {@code last} of States party to any of these
	 * instruments.
	 */
	private int[] partiesTo(int instruments, int first, int last) {
		int count = 0;
		for (int v = first; v < last; v++) {
			count += ((this.problem.mask[this.partyOf[v]] & instruments) != 0) ? 1 : 0;
		}
		int[] row = new int[count];
		int j = 0;
		for (int v = first; v < last; v++) {
			if ((this.problem.mask[this.partyOf[v]] & instruments) != 0) {
				row[j++] = v;
			}
		}
		return row;
	}

	/**
	 * The variables grouped by {@code of[v] / divisor} (a party, or the State under
	 * review of a slot), in order.
	 */
	private int[][] grouped(int[] of, int groups, int divisor) {
		int[] count = new int[groups];
		for (int v = 0; v < this.variables; v++) {
			count[of[v] / divisor]++;
		}
		int[][] grouped = new int[groups][];
		for (int g = 0; g < groups; g++) {
			grouped[g] = new int[count[g]];
			count[g] = 0;
		}
		for (int v = 0; v < this.variables; v++) {
			int g = of[v] / divisor;
			grouped[g][count[g]++] = v;
		}
		return grouped;
	}

	private static final long COVER = 1;

	private static final long WHOLE = 2;

	private static final long GROUP = 3;

	private static final long PARTY = 4;

	private static final long REVIEWED = 5;

	private static final long MUTUAL = 6;

	/**
	 * What a row says: its kind and what it is about (a slot and an instrument, a slot
	 * and a set of instruments, the next lot, a party, a State under review, or a slot
	 * with a party and the slot of that party's own review). Unique up to 4,096 slots and
	 * 65,536 parties (far beyond the 193 States parties); beyond, two rows may share a
	 * key, which costs only speed: a certificate is always checked against the rows it is
	 * applied to ({@link #certified}), so a multiplier put on another valid row can only
	 * make the check fail.
	 */
	private static long key(long kind, int about, int detail) {
		return (kind << 56) | ((long) about << 28) | detail;
	}

	/**
	 * A certificate that refuted a relaxation of this drawing, by what its rows say: the
	 * rows it combines and their scaled multipliers.
	 */
	record Certificate(long[] keys, long[] multipliers) {
	}

	/**
	 * Rows for sets of instruments added to plain relaxations because a certificate used
	 * them, in this JVM (for tests).
	 */
	static final java.util.concurrent.atomic.AtomicLong LEARNED_ROWS_ADDED = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * Relaxations refuted by a certificate of an earlier one, in this JVM (for tests).
	 */
	static final java.util.concurrent.atomic.AtomicLong KNOWN_REFUTATIONS = new java.util.concurrent.atomic.AtomicLong();

	/** How many certificates a drawing keeps to try again. */
	private static final int KNOWN_CERTIFICATES = 16;

	/**
	 * Whether a certificate that refuted an earlier relaxation of this drawing also
	 * refutes this one: the rows that say the same (the rows no longer there left out),
	 * combined with the same multipliers and checked exactly like a new certificate
	 * ({@link #certified}). Lots and questions change only a few rows, so the argument
	 * that refuted one candidate often refutes the next; the one that does moves to the
	 * front.
	 */
	private boolean refutedByKnown() {
		List<Certificate> known = this.search.certificates;
		if (known.isEmpty()) {
			return false;
		}
		Map<Long, Integer> rowOf = new HashMap<>();
		for (int i = 0; i < this.coveringKeys.size(); i++) {
			rowOf.put(this.coveringKeys.get(i), i);
		}
		for (int j = 0; j < this.boundingKeys.size(); j++) {
			rowOf.put(this.boundingKeys.get(j), -1 - j);
		}
		for (int c = 0; c < known.size(); c++) {
			Certificate certificate = known.get(c);
			long[] u = new long[this.covering.size()];
			long[] w = new long[this.bounding.size()];
			for (int e = 0; e < certificate.keys().length; e++) {
				Integer row = rowOf.get(certificate.keys()[e]);
				if (row == null) {
					continue;
				}
				if (row >= 0) {
					u[row] = certificate.multipliers()[e];
				}
				else {
					w[-1 - row] = certificate.multipliers()[e];
				}
			}
			if (certified(u, w)) {
				known.add(0, known.remove(c));
				return true;
			}
		}
		return false;
	}

	/**
	 * Keeps a certificate that refuted this relaxation for the next ones, and the rows
	 * for sets of instruments it used, which the next relaxations then carry.
	 */
	private void remember(long[] u, long[] w) {
		List<Long> keys = new ArrayList<>();
		List<Long> multipliers = new ArrayList<>();
		for (int i = 0; i < u.length; i++) {
			if (u[i] != 0) {
				long key = this.coveringKeys.get(i);
				keys.add(key);
				multipliers.add(u[i]);
				if ((key >>> 56) == WHOLE) {
					this.search.learnedRows.add(key);
				}
			}
		}
		for (int j = 0; j < w.length; j++) {
			if (w[j] != 0) {
				keys.add(this.boundingKeys.get(j));
				multipliers.add(w[j]);
			}
		}
		List<Certificate> known = this.search.certificates;
		known.add(0, new Certificate(keys.stream().mapToLong(Long::longValue).toArray(),
				multipliers.stream().mapToLong(Long::longValue).toArray()));
		if (known.size() > KNOWN_CERTIFICATES) {
			known.remove(known.size() - 1);
		}
	}

	private int add(int slot, int party) {
		if (this.variables == this.slotOf.length) {
			this.slotOf = Arrays.copyOf(this.slotOf, 2 * this.variables);
			this.partyOf = Arrays.copyOf(this.partyOf, 2 * this.variables);
		}
		this.slotOf[this.variables] = slot;
		this.partyOf[this.variables] = party;
		return this.variables++;
	}

	private void cover(long key, int[] row, int[] weights, int demand) {
		this.coveringKeys.add(key);
		this.covering.add(row);
		this.weights.add(weights);
		this.demands.add(demand);
	}

	private void bound(long key, int[] row, int bound) {
		this.boundingKeys.add(key);
		this.bounding.add(row);
		this.bounds.add(bound);
	}

	/**
	 * Whether OR-Tools' native library could be loaded on this machine (once per JVM;
	 * Palermo ships it for Linux x86-64). Without it the engine asks Sat4j alone: the
	 * same answers, found more slowly.
	 */
	static boolean available() {
		if (loaded == null) {
			synchronized (LinearRelaxation.class) {
				if (loaded == null) {
					boolean ok;
					try {
						Loader.loadNativeLibraries();
						ok = true;
					}
					catch (RuntimeException | LinkageError ex) {
						ok = false;
						System.getLogger(LinearRelaxation.class.getName())
							.log(System.Logger.Level.WARNING,
									"OR-Tools did not load ({0}): the drawing engine asks Sat4j alone (same answers, "
											+ "more slowly)",
									ex.toString());
					}
					loaded = ok;
				}
			}
		}
		return loaded;
	}

	/**
	 * Whether the relaxation proves that the drawing as it stands cannot be completed, by
	 * a checked certificate.
	 */
	boolean refutes() {
		return refutes(false);
	}

	/**
	 * The same, keeping the solved relaxation when it holds for
	 * {@link #fewestReviewers()}; {@link #close()} frees it.
	 */
	boolean refutesKeeping() {
		return refutes(true);
	}

	private boolean refutes(boolean kept) {
		if (this.empty) {
			return true;
		}
		for (int bound : this.bounds) {
			if (bound < 0) {
				return true;
			}
		}
		if (this.covering.isEmpty() || !available()) {
			return false;
		}
		this.search.guard.check();
		if (refutedByKnown()) {
			KNOWN_REFUTATIONS.incrementAndGet();
			return true;
		}
		MPSolver solver = MPSolver.createSolver("GLOP");
		if (solver == null) {
			return false;
		}
		boolean keep = false;
		try {
			// Without presolve: slightly faster on these problems (measured on the random
			// family), and the second solve of fewestReviewers() starts from this one's
			// basis. (If refused, GLOP solves with presolve: the same answers.)
			solver.setSolverSpecificParametersAsString("use_preprocessing: false");
			double infinity = MPSolver.infinity();
			MPVariable[] x = new MPVariable[this.variables];
			for (int v = 0; v < this.variables; v++) {
				x[v] = solver.makeNumVar(0, 1, "x" + v);
			}
			MPObjective objective = solver.objective();
			MPVariable[] shortfalls = new MPVariable[this.covering.size()];
			for (int i = 0; i < shortfalls.length; i++) {
				shortfalls[i] = solver.makeNumVar(0, infinity, "s" + i);
				objective.setCoefficient(shortfalls[i], this.demands.get(i));
			}
			MPConstraint[] covers = new MPConstraint[shortfalls.length];
			MPConstraint[] limits = new MPConstraint[this.bounding.size()];
			addRows(solver, x, shortfalls, covers, limits);
			objective.setMinimization();
			solver.setTimeLimit(millisWithin(Double.MAX_VALUE));
			MPSolver.ResultStatus status = solver.solve();
			this.search.guard.check();
			if (status != MPSolver.ResultStatus.OPTIMAL) {
				return false;
			}
			if (objective.value() < 1e-7) {
				this.solution = new double[this.variables];
				for (int v = 0; v < this.variables; v++) {
					this.solution[v] = x[v].solutionValue();
				}
				if (kept) {
					this.lp = solver;
					this.lpVariables = x;
					this.lpShortfalls = shortfalls;
					keep = true;
				}
				return false;
			}
			long[] u = new long[covers.length];
			for (int i = 0; i < u.length; i++) {
				u[i] = Math.round(Math.abs(covers[i].dualValue()) * SCALE);
			}
			long[] w = new long[limits.length];
			for (int j = 0; j < w.length; j++) {
				w[j] = Math.round(Math.abs(limits[j].dualValue()) * SCALE);
			}
			if (certified(u, w)) {
				remember(u, w);
				return true;
			}
			return false;
		}
		finally {
			if (!keep) {
				solver.delete();
			}
		}
	}

	/**
	 * After {@link #refutes()} found the relaxation feasible: another of its solutions,
	 * the one with the fewest reviewers (nothing left uncovered), as preferences like
	 * {@link #preferences()} (its vertices are more often whole); null if none.
	 */
	int[][] fewestReviewers() {
		if (this.lp == null) {
			return null;
		}
		MPObjective objective = this.lp.objective();
		for (MPVariable shortfall : this.lpShortfalls) {
			shortfall.setBounds(0, 0);
			objective.setCoefficient(shortfall, 0);
		}
		for (MPVariable x : this.lpVariables) {
			objective.setCoefficient(x, 1);
		}
		this.search.guard.check();
		this.lp.setTimeLimit(millisWithin(Double.MAX_VALUE));
		if (this.lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
			return null;
		}
		this.search.guard.check();
		double[] values = new double[this.variables];
		for (int v = 0; v < this.variables; v++) {
			values[v] = this.lpVariables[v].solutionValue();
		}
		this.fewest = values;
		return preferences(values);
	}

	/** Frees the native solver kept for {@link #fewestReviewers()}. */
	void close() {
		if (this.lp != null) {
			this.lp.delete();
			this.lp = null;
		}
	}

	int coveringRows() {
		return this.covering.size();
	}

	int boundingRows() {
		return this.bounding.size();
	}

	/**
	 * Whether these multipliers (scaled by {@link #SCALE}) prove the rows contradictory,
	 * in exact integer arithmetic: the combination of the rows asks for more than any
	 * variables between 0 and 1 can give.
	 */
	boolean certified(long[] u, long[] w) {
		try {
			long[] coefficient = new long[this.variables];
			long demand = 0;
			for (int i = 0; i < u.length; i++) {
				if (u[i] == 0) {
					continue;
				}
				demand = Math.addExact(demand, Math.multiplyExact(u[i], (long) this.demands.get(i)));
				int[] row = this.covering.get(i);
				int[] weight = this.weights.get(i);
				for (int j = 0; j < row.length; j++) {
					coefficient[row[j]] = Math.addExact(coefficient[row[j]],
							Math.multiplyExact(u[i], (weight != null) ? weight[j] : 1));
				}
			}
			for (int j = 0; j < w.length; j++) {
				if (w[j] == 0) {
					continue;
				}
				demand = Math.subtractExact(demand, Math.multiplyExact(w[j], (long) this.bounds.get(j)));
				for (int v : this.bounding.get(j)) {
					coefficient[v] = Math.subtractExact(coefficient[v], w[j]);
				}
			}
			long most = 0;
			for (long c : coefficient) {
				most = Math.addExact(most, Math.max(0, c));
			}
			return most < demand;
		}
		catch (ArithmeticException overflow) {
			// multipliers so large that the sums leave the range of a long prove nothing
			return false;
		}
	}

	/**
	 * OR-Tools CP-SAT (an exact solver) on the same rows with whole reviewers, for at
	 * most {@code seconds}: TRUE with {@link #completion} set (checked against every rule
	 * by {@link Completion#valid}), FALSE when CP-SAT proves that none exists, null when
	 * it found neither in time (or a solution that check refuses, which would be a bug in
	 * these rows: the next solver then decides).
	 */
	Boolean decide(double seconds) {
		return decide(seconds, this.solution);
	}

	/**
	 * {@link #decide(double)} hinted with the solution of {@link #fewestReviewers()}
	 * instead (CP-SAT follows a hint: a second start where the first found nothing); null
	 * without that solution.
	 */
	Boolean decideFromFewest(double seconds) {
		return (this.fewest != null) ? decide(seconds, this.fewest) : null;
	}

	/**
	 * A mixed-integer solver (SCIP, through OR-Tools) on the same rows with whole
	 * reviewers, for at most {@code seconds}: true with {@link #completion} set when it
	 * finds a solution that {@link Completion#valid} accepts. It only ever says yes: its
	 * "no" rests on floating-point arithmetic, so the exact solvers decide what it
	 * leaves. With the rows for every set of instruments it finds the completions that
	 * CP-SAT searches long for (on the random family's seed 80: 0.2 s against more than 1
	 * s). SCIP rather than CBC (both come with OR-Tools, and find these completions about
	 * as fast): CBC overran its time limit of 0.5 s by 1.5 s on seed 392 without finding
	 * one, where SCIP found one in 0.4 s.
	 */
	boolean completeByMip(double seconds) {
		if (this.empty || !available()) {
			return false;
		}
		this.search.guard.check();
		MPSolver solver = MPSolver.createSolver("SCIP");
		if (solver == null) {
			return false;
		}
		try {
			MPVariable[] x = new MPVariable[this.variables];
			for (int v = 0; v < this.variables; v++) {
				x[v] = solver.makeBoolVar("x" + v);
			}
			addRows(solver, x, null, new MPConstraint[this.covering.size()], new MPConstraint[this.bounding.size()]);
			solver.setTimeLimit(millisWithin(seconds));
			MPSolver.ResultStatus status = solver.solve();
			this.search.guard.check();
			if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
				return false;
			}
			boolean[] chosen = new boolean[this.variables];
			for (int v = 0; v < this.variables; v++) {
				chosen[v] = x[v].solutionValue() > 0.5;
			}
			int[][] found = completionOf(chosen);
			if (!Completion.valid(this.search, found)) {
				return false;
			}
			this.completion = found;
			return true;
		}
		finally {
			solver.delete();
		}
	}

	/**
	 * Adds the covering rows (each with its shortfall variable, when given) and the
	 * bounding rows over these variables, in that order, into the two arrays.
	 */
	private void addRows(MPSolver solver, MPVariable[] x, MPVariable[] shortfalls, MPConstraint[] covers,
			MPConstraint[] limits) {
		double infinity = MPSolver.infinity();
		for (int i = 0; i < covers.length; i++) {
			covers[i] = solver.makeConstraint(this.demands.get(i), infinity, "c" + i);
			if (shortfalls != null) {
				covers[i].setCoefficient(shortfalls[i], this.demands.get(i));
			}
			int[] row = this.covering.get(i);
			int[] weight = this.weights.get(i);
			for (int j = 0; j < row.length; j++) {
				covers[i].setCoefficient(x[row[j]], (weight != null) ? weight[j] : 1);
			}
		}
		for (int j = 0; j < limits.length; j++) {
			limits[j] = solver.makeConstraint(-infinity, this.bounds.get(j), "b" + j);
			for (int v : this.bounding.get(j)) {
				limits[j].setCoefficient(x[v], 1);
			}
		}
	}

	/**
	 * At most {@code seconds}, within what the engine's time limit leaves, in
	 * milliseconds (at least one) for an MPSolver.
	 */
	private long millisWithin(double seconds) {
		double allowed = Math.min(Math.min(this.search.guard.remainingSeconds(), seconds), 1e6);
		return Math.max(1, (long) (1000 * allowed));
	}

	/** The lots made so far and, after them, those of the chosen variables, per slot. */
	private int[][] completionOf(boolean[] chosen) {
		int slots = this.problem.slots();
		List<List<Integer>> bySlot = new ArrayList<>();
		for (int slot = 0; slot < slots; slot++) {
			bySlot.add(new ArrayList<>());
			for (int j = 0; j < this.search.slotLength[slot]; j++) {
				bySlot.get(slot).add(this.search.slotReviewers[slot][j]);
			}
		}
		for (int v = 0; v < this.variables; v++) {
			if (chosen[v]) {
				bySlot.get(this.slotOf[v]).add(this.partyOf[v]);
			}
		}
		int[][] found = new int[slots][];
		for (int slot = 0; slot < slots; slot++) {
			found[slot] = bySlot.get(slot).stream().mapToInt(Integer::intValue).toArray();
		}
		return found;
	}

	private Boolean decide(double seconds, double[] hint) {
		if (this.empty) {
			return Boolean.FALSE;
		}
		if (!available()) {
			return null;
		}
		this.search.guard.check();
		CpModel model = new CpModel();
		BoolVar[] x = new BoolVar[this.variables];
		for (int v = 0; v < this.variables; v++) {
			x[v] = model.newBoolVar("x" + v);
		}
		for (int i = 0; i < this.covering.size(); i++) {
			int[] row = this.covering.get(i);
			BoolVar[] terms = new BoolVar[row.length];
			long[] coefficients = new long[row.length];
			for (int j = 0; j < row.length; j++) {
				terms[j] = x[row[j]];
				coefficients[j] = (this.weights.get(i) != null) ? this.weights.get(i)[j] : 1;
			}
			model.addGreaterOrEqual(LinearExpr.weightedSum(terms, coefficients), this.demands.get(i));
		}
		for (int j = 0; j < this.bounding.size(); j++) {
			int[] row = this.bounding.get(j);
			BoolVar[] terms = new BoolVar[row.length];
			for (int i = 0; i < row.length; i++) {
				terms[i] = x[row[i]];
			}
			model.addLessOrEqual(LinearExpr.sum(terms), this.bounds.get(j));
		}
		if (hint != null) {
			for (int v = 0; v < this.variables; v++) {
				model.addHint(x[v], (hint[v] > 0.5) ? 1 : 0);
			}
		}
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setNumWorkers(1)
			.setLinearizationLevel(2)
			.setMaxTimeInSeconds(Math.max(0.001, Math.min(this.search.guard.remainingSeconds(), seconds)));
		CpSolverStatus status = solver.solve(model);
		this.search.guard.check();
		if (status == CpSolverStatus.INFEASIBLE) {
			return Boolean.FALSE;
		}
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return null;
		}
		boolean[] chosen = new boolean[this.variables];
		for (int v = 0; v < this.variables; v++) {
			chosen[v] = solver.booleanValue(x[v]);
		}
		int[][] found = completionOf(chosen);
		if (!Completion.valid(this.search, found)) {
			// never trusted unchecked: the next solver decides (a bug in these rows, if
			// it ever happens)
			System.getLogger(LinearRelaxation.class.getName())
				.log(System.Logger.Level.WARNING,
						"CP-SAT gave a completion that breaks a rule; asking the next solver");
			return null;
		}
		this.completion = found;
		return Boolean.TRUE;
	}

	/**
	 * After {@link #refutes()} answered no with a solution: for each slot, the States
	 * with a share of it in the fractional solution, the largest share first (a plan for
	 * {@link Completion#find}); null without a solution.
	 */
	int[][] preferences() {
		return (this.solution != null) ? preferences(this.solution) : null;
	}

	private int[][] preferences(double[] solution) {
		int slots = this.problem.slots();
		List<List<Integer>> bySlot = new ArrayList<>();
		for (int slot = 0; slot < slots; slot++) {
			bySlot.add(new ArrayList<>());
		}
		Integer[] order = new Integer[this.variables];
		for (int v = 0; v < this.variables; v++) {
			order[v] = v;
		}
		Arrays.sort(order, (a, b) -> Double.compare(solution[b], solution[a]));
		for (int v : order) {
			if (solution[v] > 1e-6) {
				bySlot.get(this.slotOf[v]).add(this.partyOf[v]);
			}
		}
		int[][] preferences = new int[slots][];
		for (int slot = 0; slot < slots; slot++) {
			preferences[slot] = bySlot.get(slot).stream().mapToInt(Integer::intValue).toArray();
		}
		return preferences;
	}

}
