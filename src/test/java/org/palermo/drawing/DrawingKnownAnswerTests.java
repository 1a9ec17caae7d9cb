package org.palermo.drawing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published results are pinned: each committed input and seed under
 * {@code known-answers/drawing} must give exactly the committed bytes, through the same
 * command anyone uses to re-run a drawing. The expected files were produced once (by the
 * engine before the solver replaced its search; the infeasible ones written by hand) and
 * are never recomputed here.
 */
class DrawingKnownAnswerTests {

	private static Path file(String name) throws URISyntaxException {
		return Path.of(DrawingKnownAnswerTests.class.getResource("/known-answers/drawing/" + name).toURI());
	}

	private static String seed(String name) throws IOException, URISyntaxException {
		return Files.readString(file(name + ".seed")).trim();
	}

	@ParameterizedTest
	@ValueSource(strings = { "real-64", "real-all-load3", "tight", "excluded-pairs", "load2-excluded-pairs",
			"kept-pairings" })
	void aPublishedDrawIsReproducedByteForByte(String name) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = DrawCommandLine.run(
				new String[] { "draw", "--input", file(name + ".input.json").toString(), "--seed", seed(name) },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		byte[] expected = Files.readAllBytes(file(name + ".draw.json"));
		assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
			.isEqualTo(new String(expected, StandardCharsets.UTF_8));
		assertThat(out.toByteArray()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "real-64", "tight", "kept-pairings" })
	void thePublishedDrawIsVerified(String name) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = DrawCommandLine.run(
				new String[] { "verify-draw", "--input", file(name + ".input.json").toString(), "--seed", seed(name),
						"--draw", file(name + ".draw.json").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		assertThat(exit).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "mutual-infeasible", "capacity-infeasible" })
	void anInfeasibleInputGivesItsPublishedExplanation(String name) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = DrawCommandLine.run(
				new String[] { "draw", "--input", file(name + ".input.json").toString(), "--seed", seed(name) },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(DrawCommandLine.INFEASIBLE);
		assertThat(out.toByteArray()).isEmpty();
		assertThat(err.toString(StandardCharsets.UTF_8))
			.isEqualTo(Files.readString(file(name + ".stderr.txt"), StandardCharsets.UTF_8));
	}

}
