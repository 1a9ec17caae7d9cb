package org.palermo.drawing.engine;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 2: the exact admissibility oracle compared on the random family's hard
 * instances (seed 55 and the seeds that stop at 2 s with Sat4j), engine time per seed
 * with a 2 s limit: Sat4j alone (production), OR-Tools CP-SAT after 100 Sat4j conflicts,
 * CP-SAT alone. Where two oracles both answer, the draws must be identical (admissibility
 * is exact). Run with {@code mvn -Pbench verify} or
 * {@code -Dtest=OracleComparisonBenchmark}; {@code -Dseeds=1,2,3} and {@code -Dlimit=10}
 * (seconds) change the set and the limit. Choco-solver was not measured.
 */
class OracleComparisonBenchmark {

	private static final byte[] SEED = HexFormat.of().parseHex("5eed0fa1e5");

	@AfterEach
	void production() {
		AdmissibilityModel.alternative = null;
	}

	@Test
	void compare() {
		CpSatOracle.load();
		long[] seeds = Arrays.stream(System.getProperty("seeds", "55,1,5,9,13,16,20,24,28,29,32,36,40").split(","))
			.mapToLong((s) -> Long.parseLong(s.trim()))
			.toArray();
		DrawingEngine engine = new DrawingEngine(Duration.ofSeconds(Integer.getInteger("limit", 2)));
		String[] names = { "sat4j", "sat4j100+cpsat", "cpsat" };
		AdmissibilityModel.OracleFactory[] oracles = { null, CpSatOracle.factory(100), CpSatOracle.factory(0) };
		int[] answered = new int[names.length];
		System.out.printf("== Exact oracle comparison, random family, limit %d s (%d cores)%n",
				Integer.getInteger("limit", 2), Runtime.getRuntime().availableProcessors());
		System.out.printf("%-8s %-24s %-26s %-26s %-26s%n", "seed", "instance", names[0], names[1], names[2]);
		for (long seed : seeds) {
			DrawInput input = DrawInputs.randomFamily(seed);
			String[] cells = new String[names.length];
			String[] results = new String[names.length];
			for (int o = 0; o < names.length; o++) {
				AdmissibilityModel.alternative = oracles[o];
				long start = System.nanoTime();
				String outcome;
				try {
					Draw draw = engine.draw(input, "bench", SEED);
					assertThat(DrawVerifier.ruleViolations(input, draw)).isEmpty();
					outcome = "draw";
					results[o] = draw.toString();
				}
				catch (InfeasibleDrawException ex) {
					outcome = "infeasible";
					results[o] = ex.getBlockers().toString();
				}
				catch (DrawingStoppedException ex) {
					outcome = "STOPPED";
				}
				if (results[o] != null) {
					answered[o]++;
				}
				cells[o] = String.format("%s %.0f ms", outcome, (System.nanoTime() - start) / 1e6);
			}
			for (int o = 1; o < names.length; o++) {
				if (results[0] != null && results[o] != null) {
					assertThat(results[o]).as("seed %d, %s against sat4j", seed, names[o]).isEqualTo(results[0]);
				}
			}
			System.out.printf("%-8d %-24s %-26s %-26s %-26s%n", seed,
					input.parties().size() + " parties, load " + input.rules().reviewsPerState(), cells[0], cells[1],
					cells[2]);
		}
		System.out.printf("answered: %s %d, %s %d, %s %d of %d%n", names[0], answered[0], names[1], answered[1],
				names[2], answered[2], seeds.length);
	}

}
