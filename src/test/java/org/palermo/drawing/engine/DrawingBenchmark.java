package org.palermo.drawing.engine;

import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Prints how long the engine takes on the cases of issue 3. Run with
 * {@code mvn -Pbench verify}; it asserts nothing about time (figures go to the README),
 * only that each draw keeps every rule.
 */
class DrawingBenchmark {

	private static final byte[] SEED = HexFormat.of().parseHex("5eed0fa1e5");

	@Test
	void printFigures() {
		DrawingEngine engine = new DrawingEngine();
		System.out.println("== Drawing benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ")");
		time("real parties, 64 under review, maxReviewsPerState 2", 5, () -> check(DrawInputs.real(64, 2, 1), engine));
		time("real parties, all under review, maxReviewsPerState 3", 3,
				() -> check(DrawInputs.real(1000, 3, 1), engine));
		time("real parties, all under review, maxReviewsPerState 2 (proof of infeasibility)", 3, () -> {
			try {
				engine.draw(DrawInputs.real(1000, 2, 1), "bench", SEED);
				return "FEASIBLE?!";
			}
			catch (InfeasibleDrawException ex) {
				return "infeasible: " + ex.getBlockers().get(0).explanation();
			}
		});
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
		time("synthetic 5,000 parties, 1,700 under review", 1,
				() -> check(DrawInputs.synthetic(5000, 1700, 7), engine));
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
		System.out.printf("%-80s %9.1f ms  (%s)%n", name, best / 1e6, result);
	}

}
