package org.palermo.drawing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.drawing.engine.Blocker;
import org.palermo.drawing.engine.Draw;
import org.palermo.drawing.engine.DrawInput;
import org.palermo.drawing.engine.DrawJson;
import org.palermo.drawing.engine.DrawVerifier;
import org.palermo.drawing.engine.DrawingEngine;
import org.palermo.drawing.engine.DrawingStoppedException;
import org.palermo.drawing.engine.InfeasibleDrawException;
import org.palermo.drawing.engine.InvalidDrawInputException;
import org.palermo.drawing.engine.ReviewGroupSplit;

/**
 * {@code java -jar palermo.jar draw --input draw-input.json --seed <hex> [--count N]} and
 * {@code java -jar palermo.jar verify-draw --input draw-input.json --seed <hex> --draw draw.json}:
 * no database, no network, no web server, no Spring (explanations in English from the
 * drawing bundle).
 */
public final class DrawCommandLine {

	/** The draw was made, or verified. */
	public static final int OK = 0;

	/** The draw is not what the seed produces, or breaks a rule. */
	public static final int NOT_VERIFIED = 1;

	/** Wrong arguments or unreadable files. */
	public static final int USAGE = 2;

	/** No valid draw exists for this input; the explanation is on standard error. */
	public static final int INFEASIBLE = 3;

	/** The engine's time limit passed before it had an answer; nothing was drawn. */
	public static final int STOPPED = 4;

	/** The engine's time limit unless {@code --time-limit} says otherwise. */
	public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

	private DrawCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0
				&& (args[0].equals("draw") || args[0].equals("verify-draw") || args[0].equals("split-groups"));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				return usage(err, "Unexpected argument: " + args[i]);
			}
			options.put(args[i].substring(2), args[++i]);
		}
		try {
			if (!options.containsKey("input") || !options.containsKey("seed")) {
				return usage(err, "--input and --seed are required");
			}
			byte[] input = Files.readAllBytes(Path.of(options.get("input")));
			// With --public-value, the seed that draws is SHA-256(seed || UTF-8 value).
			byte[] seed = DrawingEngine.withPublicValue(DrawJson.seedBytes(options.get("seed")),
					options.get("public-value"));
			DrawingEngine engine = new DrawingEngine(timeLimit(options.get("time-limit")));
			if (args[0].equals("split-groups")) {
				ReviewGroupSplit.Input split = DrawJson.readSplitInput(input);
				out.println(ReviewGroupSplit.write(ReviewGroupSplit.split(split, DrawJson.sha256Hex(input), seed)));
				return OK;
			}
			if (args[0].equals("draw")) {
				int count = Integer.parseInt(options.getOrDefault("count", "0"));
				if (count <= 0) {
					out.println(DrawJson.write(engine.draw(input, seed)));
				}
				else {
					DrawInput parsed = DrawJson.readInput(input);
					String sha = DrawJson.sha256Hex(input);
					for (int i = 0; i < count; i++) {
						out.println(DrawJson.write(engine.draw(parsed, sha, DrawingEngine.seriesSeed(seed, i))));
					}
				}
				return OK;
			}
			if (!options.containsKey("draw")) {
				return usage(err, "--draw is required to verify");
			}
			byte[] published = Files.readAllBytes(Path.of(options.get("draw")));
			Draw claimed = DrawJson.readDraw(published);
			List<String> violations = DrawVerifier.ruleViolations(DrawJson.readInput(input), claimed);
			String expected = DrawJson.write(engine.draw(input, seed));
			if (!violations.isEmpty()) {
				violations.forEach((v) -> err.println("Rule broken: " + v));
				return NOT_VERIFIED;
			}
			if (!expected.equals(DrawJson.write(claimed))) {
				err.println("The draw is not the one this input and seed produce.");
				return NOT_VERIFIED;
			}
			out.println("Verified: the draw keeps every rule and is exactly what seed " + options.get("seed")
					+ (options.containsKey("public-value")
							? " with public value \"" + options.get("public-value").strip() + "\"" : "")
					+ " produces from input " + DrawJson.sha256Hex(input) + ".");
			return OK;
		}
		catch (InfeasibleDrawException ex) {
			err.println("No valid draw exists for this input:");
			for (Blocker blocker : ex.getBlockers()) {
				err.println("- " + blocker.explanation() + " [rule: " + blocker.rule() + "]");
			}
			return INFEASIBLE;
		}
		catch (DrawingStoppedException ex) {
			err.println(ex.getMessage());
			return STOPPED;
		}
		catch (InvalidDrawInputException | NumberFormatException ex) {
			return usage(err, ex.getMessage());
		}
		catch (IOException ex) {
			return usage(err, "Cannot read " + ex.getMessage());
		}
	}

	/** {@code 30s}, {@code 500ms}, {@code 2m}, or a number of seconds. */
	static Duration timeLimit(String value) {
		if (value == null) {
			return DEFAULT_TIME_LIMIT;
		}
		String clean = value.trim().toLowerCase(java.util.Locale.ROOT);
		try {
			Duration limit;
			if (clean.endsWith("ms")) {
				limit = Duration.ofMillis(Long.parseLong(clean.substring(0, clean.length() - 2)));
			}
			else if (clean.endsWith("s")) {
				limit = Duration
					.ofMillis(Math.round(Double.parseDouble(clean.substring(0, clean.length() - 1)) * 1000));
			}
			else if (clean.endsWith("m")) {
				limit = Duration.ofMinutes(Long.parseLong(clean.substring(0, clean.length() - 1)));
			}
			else {
				limit = Duration.ofMillis(Math.round(Double.parseDouble(clean) * 1000));
			}
			if (limit.isNegative() || limit.isZero()) {
				throw new NumberFormatException();
			}
			return limit;
		}
		catch (NumberFormatException ex) {
			throw new InvalidDrawInputException(
					"--time-limit must be a positive duration such as 30s, 500ms or 2m, not " + value);
		}
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.println(
				"Usage: java -jar palermo.jar draw --input draw-input.json --seed <hex> [--public-value <text>] [--count N]"
						+ " [--time-limit 60s]");
		err.println("       java -jar palermo.jar verify-draw --input draw-input.json --seed <hex>"
				+ " [--public-value <text>] --draw draw.json [--time-limit 60s]");
		err.println("       java -jar palermo.jar split-groups --input split-input.json --seed <hex>");
		return USAGE;
	}

}
