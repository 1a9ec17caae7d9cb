package org.palermo.drawing.engine;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Prints how long the engine takes on the cases of issues 3 and 7. Run with
 * {@code mvn -Pbench verify}; it asserts nothing about time (figures go to the README),
 * only that each draw keeps every rule.
 */
class DrawingBenchmark {

	private static final byte[] SEED = HexFormat.of().parseHex("5eed0fa1e5");

	@Test
	void printFigures() {
		DrawingEngine engine = new DrawingEngine(Duration.ofSeconds(60));
		System.out.println("== Drawing benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ")");
		time("real parties (192), 64 under review, maxReviewsPerState 2", 5,
				() -> check(DrawInputs.real(64, 2, 1), engine));
		time("real parties, all 192 under review, maxReviewsPerState 3", 3,
				() -> check(DrawInputs.real(1000, 3, 1), engine));
		time("real parties, all under review, maxReviewsPerState 2: proof of infeasibility", 3,
				() -> infeasible(DrawInputs.real(1000, 2, 1), engine));
		time("real African parties all under review, maxReviewsPerState 1: proof of infeasibility", 3,
				() -> infeasible(DrawInputs.africanWithLoadOne(), engine));
		time("10,000 seeds on a tight instance (12 parties all under review, capacity used to the last review)", 1,
				() -> {
					DrawInput tight = DrawingEngineTests.tightInstance();
					int failures = 0;
					for (int i = 0; i < 10_000; i++) {
						try {
							Draw draw = engine.draw(tight, "bench", DrawingEngine.seriesSeed(SEED, i));
							failures += DrawVerifier.ruleViolations(tight, draw).isEmpty() ? 0 : 1;
						}
						catch (RuntimeException ex) {
							failures++;
						}
					}
					return failures + " failures";
				});
		// -DrandomFamily=1000 draws seeds 1 to 1000 instead (about 100 s more)
		randomFamily(Integer.getInteger("randomFamily", 100));
	}

	/**
	 * Every instance of the random family answered (a draw or an explanation) within 2
	 * seconds of engine time, or reported.
	 */
	private static void randomFamily(int instances) {
		DrawingEngine engine = new DrawingEngine(Duration.ofSeconds(2));
		long worst = 0;
		long total = 0;
		int drawn = 0;
		int infeasible = 0;
		int stopped = 0;
		String worstName = "";
		for (long seed = 1; seed <= instances; seed++) {
			DrawInput input = DrawInputs.randomFamily(seed);
			long start = System.nanoTime();
			String outcome;
			try {
				check(input, engine);
				drawn++;
				outcome = "draw";
			}
			catch (InfeasibleDrawException ex) {
				infeasible++;
				outcome = "infeasible: " + ex.getBlockers().get(0).rule();
			}
			catch (DrawingStoppedException ex) {
				stopped++;
				outcome = "STOPPED";
			}
			long elapsed = System.nanoTime() - start;
			total += elapsed;
			if (elapsed > worst) {
				worst = elapsed;
				worstName = "seed " + seed + " (" + input.parties().size() + " parties, load "
						+ input.rules().reviewsPerState() + ", " + outcome + ")";
			}
			if (elapsed > 500_000_000L || outcome.equals("STOPPED")) {
				System.out.printf("   random family seed %d: %d parties, load %d, %s, %.1f ms%n", seed,
						input.parties().size(), input.rules().reviewsPerState(), outcome, elapsed / 1e6);
			}
		}
		System.out.printf("%-100s %9.1f ms  (%d draws, %d infeasible, %d stopped at 2 s; mean %.1f ms; worst %s)%n",
				"random family, " + instances
						+ " instances (20-200 parties all under review, load 2-4, excluded pairs)",
				worst / 1e6, drawn, infeasible, stopped, total / 1e6 / instances, worstName);
	}

	private static String infeasible(DrawInput input, DrawingEngine engine) {
		try {
			engine.draw(input, "bench", SEED);
			return "FEASIBLE?!";
		}
		catch (InfeasibleDrawException ex) {
			return "infeasible: " + ex.getBlockers().get(0).explanation();
		}
	}

	private static String check(DrawInput input, DrawingEngine engine) {
		Draw draw = engine.draw(input, "bench", SEED);
		List<String> violations = DrawVerifier.ruleViolations(input, draw);
		if (!violations.isEmpty()) {
			throw new AssertionError(violations.get(0));
		}
		return draw.reviews().size() + " reviews, "
				+ draw.reviews().stream().mapToInt((r) -> r.reviewers().size()).sum() + " reviewers";
	}

	private static void time(String name, int runs, Supplier<String> work) {
		String result = work.get();
		long best = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.get();
			best = Math.min(best, System.nanoTime() - start);
		}
		System.out.printf("%-100s %9.1f ms  (%s)%n", name, best / 1e6, result);
	}

}
