package org.palermo.drawing.engine;

import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * The rules of {@link AdmissibilityModel} for OR-Tools CP-SAT (comparison benchmark
 * only): the same variables and coverage clauses, the cardinality bounds as linear
 * constraints. One model per drawing; the lots of each question are fixed by narrowing
 * their variables' domains to {1} for that solve (measured faster than CP-SAT
 * assumptions: presolve then removes them), one worker, linearization level 2 (level 1
 * left a question of seed 55 unanswered after 6 s). Answers exactly.
 */
final class CpSatOracle implements AdmissibilityModel.Oracle {

	private static volatile boolean loaded;

	private final CpModel model = new CpModel();

	private final BoolVar[] vars;

	private CpSolver solver;

	CpSatOracle(int variableCount, List<int[]> clauses, List<int[]> atMost, List<Integer> atMostBound) {
		load();
		this.vars = new BoolVar[variableCount + 1];
		for (int v = 1; v <= variableCount; v++) {
			this.vars[v] = this.model.newBoolVar("x" + v);
		}
		for (int[] clause : clauses) {
			Literal[] literals = new Literal[clause.length];
			for (int j = 0; j < clause.length; j++) {
				int v = clause[j];
				literals[j] = (v > 0) ? this.vars[v] : this.vars[-v].not();
			}
			this.model.addBoolOr(literals);
		}
		for (int i = 0; i < atMost.size(); i++) {
			int[] lits = atMost.get(i);
			BoolVar[] terms = new BoolVar[lits.length];
			for (int j = 0; j < lits.length; j++) {
				terms[j] = this.vars[lits[j]];
			}
			this.model.addLessOrEqual(LinearExpr.sum(terms), atMostBound.get(i));
		}
	}

	/** Loads the native library once per JVM (about half a second the first time). */
	static void load() {
		if (!loaded) {
			synchronized (CpSatOracle.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

	@Override
	public boolean solve(int[] assumptions, Guard guard) {
		guard.check();
		setDomain(assumptions, 1);
		try {
			double turn = 1.0;
			while (true) {
				this.solver = new CpSolver();
				this.solver.getParameters()
					.setNumWorkers(1)
					.setLinearizationLevel(2)
					.setMaxTimeInSeconds(Math.max(0.001, Math.min(guard.remainingSeconds(), turn)));
				CpSolverStatus status = this.solver.solve(this.model);
				if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
					return true;
				}
				if (status == CpSolverStatus.INFEASIBLE) {
					return false;
				}
				if (status == CpSolverStatus.MODEL_INVALID) {
					throw new IllegalStateException("CP-SAT model invalid: " + this.model.validate());
				}
				// In turns, so that a cancellation is seen between them.
				guard.check();
				turn = Math.min(turn * 2, 30);
			}
		}
		finally {
			setDomain(assumptions, 0);
		}
	}

	private void setDomain(int[] variables, int low) {
		for (int v : variables) {
			this.model.getBuilder()
				.getVariablesBuilder(this.vars[v].getIndex())
				.clearDomain()
				.addDomain(low)
				.addDomain(1);
		}
	}

	@Override
	public boolean value(int variable) {
		return this.solver.booleanValue(this.vars[variable]);
	}

	static AdmissibilityModel.OracleFactory factory(int quickConflicts) {
		return new AdmissibilityModel.OracleFactory() {

			@Override
			public AdmissibilityModel.Oracle create(int variableCount, List<int[]> clauses, List<int[]> atMost,
					List<Integer> atMostBound) {
				return new CpSatOracle(variableCount, clauses, atMost, atMostBound);
			}

			@Override
			public int quickConflicts() {
				return quickConflicts;
			}

		};
	}

}
