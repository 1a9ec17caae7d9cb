package org.palermo.drawing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.drawing.engine.DrawJson;
import org.palermo.drawing.engine.DrawingEngine;

import static org.assertj.core.api.Assertions.assertThat;

/** The command lines a third party uses to re-run and check a published drawing. */
class DrawCommandLineTests {

	private static final String INPUT = """
			{"parties": [
			  {"code": "KE", "group": "AFRICAN", "instruments": ["UNTOC","TIP","SOM","FA"]},
			  {"code": "GH", "group": "AFRICAN", "instruments": ["UNTOC","TIP","SOM","FA"]},
			  {"code": "UG", "group": "AFRICAN", "instruments": ["UNTOC","TIP"]},
			  {"code": "FR", "group": "WEOG", "instruments": ["UNTOC","TIP","SOM","FA"]},
			  {"code": "DE", "group": "WEOG", "instruments": ["UNTOC","TIP","SOM","FA"]},
			  {"code": "PE", "group": "GRULAC", "instruments": ["UNTOC","TIP","SOM","FA"]}],
			 "statesUnderReview": [{"code": "KE"}, {"code": "FR", "maxReviewingStates": 5}],
			 "rules": {"maxReviewsPerState": 2, "maxReviewingStates": 4, "mutualReviewsAllowed": false},
			 "excludedPairs": [{"stateUnderReview": "KE", "reviewer": "UG"}]}
			""";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return DrawCommandLine.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(this.dir.resolve(name), content);
	}

	@Test
	void drawPrintsTheDrawAsJsonAndVerifyDrawAcceptsExactlyIt() throws Exception {
		Path input = write("draw-input.json", INPUT);
		assertThat(run("draw", "--input", input.toString(), "--seed", "a1b2c3")).isZero();
		String draw = this.out.toString(StandardCharsets.UTF_8).trim();
		assertThat(draw).startsWith("{\"algorithm\":\"" + DrawingEngine.ALGORITHM + "\",\"inputSha256\":\""
				+ DrawJson.sha256Hex(INPUT.getBytes(StandardCharsets.UTF_8)) + "\",\"seed\":\"a1b2c3\",\"reviews\":[")
			.contains("{\"stateUnderReview\":\"FR\",\"reviewers\":[")
			.doesNotContain("\"code\":\"UG\",\"slot\":\"SAME_GROUP\",\"instruments\":[\"UNTOC\",\"TIP\"]");
		Path published = write("draw.json", draw);
		assertThat(run("verify-draw", "--input", input.toString(), "--seed", "a1b2c3", "--draw", published.toString()))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Verified");
		assertThat(run("verify-draw", "--input", input.toString(), "--seed", "a1b2c4", "--draw", published.toString()))
			.isEqualTo(DrawCommandLine.NOT_VERIFIED);
	}

	@Test
	void aTamperedDrawIsRejected() throws Exception {
		Path input = write("draw-input.json", INPUT);
		run("draw", "--input", input.toString(), "--seed", "0f");
		String draw = this.out.toString(StandardCharsets.UTF_8).trim();
		String tampered = draw.contains("\"code\":\"GH\"") ? draw.replaceFirst("\"code\":\"GH\"", "\"code\":\"KE\"")
				: draw.replaceFirst("\"code\":\"FR\"", "\"code\":\"DE\"");
		Path published = write("draw.json", tampered);
		assertThat(run("verify-draw", "--input", input.toString(), "--seed", "0f", "--draw", published.toString()))
			.isEqualTo(DrawCommandLine.NOT_VERIFIED);
	}

	@Test
	void countPrintsOneDrawPerLineWithDerivedSeeds() throws Exception {
		Path input = write("draw-input.json", INPUT);
		assertThat(run("draw", "--input", input.toString(), "--seed", "beef", "--count", "3")).isZero();
		List<String> lines = this.out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		String seed1 = java.util.HexFormat.of()
			.formatHex(DrawingEngine.seriesSeed(java.util.HexFormat.of().parseHex("beef"), 1));
		assertThat(lines.get(1)).contains("\"seed\":\"" + seed1 + "\"");
	}

	@Test
	void anInfeasibleInputExitsWithThreeAndExplains() throws Exception {
		Path input = write("draw-input.json", """
				{"parties": [{"code": "KE", "group": "AFRICAN", "instruments": ["UNTOC","FA"]},
				             {"code": "UG", "group": "AFRICAN", "instruments": ["UNTOC"]},
				             {"code": "FR", "group": "WEOG", "instruments": ["UNTOC","FA"]}],
				 "statesUnderReview": [{"code": "KE"}]}
				""");
		assertThat(run("draw", "--input", input.toString(), "--seed", "01")).isEqualTo(DrawCommandLine.INFEASIBLE);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("KE")
			.contains("FA")
			.contains("rule: reviewerPartyToInstrument");
	}

	@Test
	void splitGroupsPrintsTheReviewGroups() throws Exception {
		Path input = write("split-input.json", "{\"parties\": [\"KE\",\"GH\",\"FR\",\"DE\",\"PE\"], \"groups\": 2}");
		assertThat(run("split-groups", "--input", input.toString(), "--seed", "ab")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"groups\":[{\"number\":1,\"parties\":[")
			.contains("{\"number\":2,");
	}

	@Test
	void badArgumentsExplainTheUsage() throws Exception {
		assertThat(run("draw", "--seed", "01")).isEqualTo(DrawCommandLine.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Usage:");
		Path input = write("draw-input.json", INPUT);
		assertThat(run("draw", "--input", input.toString(), "--seed", "xyz")).isEqualTo(DrawCommandLine.USAGE);
		assertThat(run("draw", "--input", write("bad.json", "{not json").toString(), "--seed", "01"))
			.isEqualTo(DrawCommandLine.USAGE);
	}

	@Test
	void anUnknownFieldIsRefusedSayingWhere() throws Exception {
		Path typo = write("typo.json", INPUT.replace("\"excludedPairs\"", "\"excludedPair\""));
		assertThat(run("draw", "--input", typo.toString(), "--seed", "01")).isEqualTo(DrawCommandLine.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown field \"excludedPair\"")
			.contains("line 10");
		Path nested = write("nested.json",
				INPUT.replace("{\"code\": \"GH\", \"group\"", "{\"code\": \"GH\", \"colour\": \"red\", \"group\""));
		assertThat(run("draw", "--input", nested.toString(), "--seed", "01")).isEqualTo(DrawCommandLine.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown field \"colour\" at parties[1].colour");
	}

	@Test
	void aMissingOrRepeatedCodeIsRefusedSayingWhere() throws Exception {
		Path missing = write("missing.json", INPUT.replace("{\"code\": \"UG\",", "{\"code\": null,"));
		assertThat(run("draw", "--input", missing.toString(), "--seed", "01")).isEqualTo(DrawCommandLine.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("parties[2]: the code is missing");
		Path twice = write("twice.json", INPUT.replace("{\"code\": \"UG\",", "{\"code\": \"GH\","));
		assertThat(run("draw", "--input", twice.toString(), "--seed", "01")).isEqualTo(DrawCommandLine.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("parties[2]: GH is listed twice (also parties[1])");
	}

	@Test
	void aKeptPairingForAnInstrumentItsStateIsNotPartyToIsRefused() throws Exception {
		Path kept = write("kept.json",
				INPUT.replace("\"excludedPairs\": [{\"stateUnderReview\": \"KE\", \"reviewer\": \"UG\"}]",
						"\"fixed\": [{\"stateUnderReview\": \"KE\", \"code\": \"UG\", \"slot\": \"SAME_GROUP\", "
								+ "\"instruments\": [\"SOM\"], \"drawOrder\": 1}]"));
		assertThat(run("draw", "--input", kept.toString(), "--seed", "01")).isEqualTo(DrawCommandLine.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("fixed[0]: UG is not party to SOM");
	}

	@Test
	void verifyDrawRejectsAReviewerWithoutInstrumentAndChangedKeptPairings() throws Exception {
		String keptInput = INPUT.replace("\"excludedPairs\": [{\"stateUnderReview\": \"KE\", \"reviewer\": \"UG\"}]",
				"\"fixed\": [{\"stateUnderReview\": \"KE\", \"code\": \"GH\", \"slot\": \"SAME_GROUP\", "
						+ "\"instruments\": [\"UNTOC\", \"TIP\", \"SOM\", \"FA\"], \"drawOrder\": 1}]");
		Path input = write("kept.json", keptInput);
		assertThat(run("draw", "--input", input.toString(), "--seed", "0a")).isZero();
		String draw = this.out.toString(StandardCharsets.UTF_8).trim();
		assertThat(draw).contains(
				"{\"code\":\"GH\",\"slot\":\"SAME_GROUP\",\"instruments\":[\"UNTOC\",\"TIP\",\"SOM\",\"FA\"],\"drawOrder\":1}");
		Path changed = write("changed.json", draw.replace("\"drawOrder\":1}", "\"drawOrder\":7}"));
		assertThat(run("verify-draw", "--input", input.toString(), "--seed", "0a", "--draw", changed.toString()))
			.isEqualTo(DrawCommandLine.NOT_VERIFIED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("fixed[0]: the kept pairing GH reviewing KE");
		Path empty = write("empty.json",
				draw.replace("\"instruments\":[\"UNTOC\",\"TIP\",\"SOM\",\"FA\"],\"drawOrder\":1}",
						"\"instruments\":[],\"drawOrder\":1}"));
		assertThat(run("verify-draw", "--input", input.toString(), "--seed", "0a", "--draw", empty.toString()))
			.isEqualTo(DrawCommandLine.NOT_VERIFIED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("KE: GH reviews no instrument");
	}

	@Test
	void aTimeLimitMustBeADuration() throws Exception {
		Path input = write("draw-input.json", INPUT);
		assertThat(run("draw", "--input", input.toString(), "--seed", "01", "--time-limit", "soon"))
			.isEqualTo(DrawCommandLine.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--time-limit must be a positive duration");
		assertThat(run("draw", "--input", input.toString(), "--seed", "01", "--time-limit", "5s")).isZero();
		assertThat(DrawCommandLine.timeLimit("500ms")).isEqualTo(java.time.Duration.ofMillis(500));
		assertThat(DrawCommandLine.timeLimit("2m")).isEqualTo(java.time.Duration.ofMinutes(2));
		assertThat(DrawCommandLine.timeLimit("1.5")).isEqualTo(java.time.Duration.ofMillis(1500));
	}

}
