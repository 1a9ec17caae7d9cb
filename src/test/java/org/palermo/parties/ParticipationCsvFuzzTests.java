package org.palermo.parties;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer feeds the participation file reader arbitrary bytes: it must always answer with
 * rows or problems (never throw), and never list more than its cap of problems. In
 * {@code mvn verify} it fuzzes for a few seconds (surefire execution
 * {@code fuzz-participation-csv}) after replaying the corpus; longer on demand:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='ParticipationCsvFuzzTests#fuzzForHalfAnHour'}.
 */
class ParticipationCsvFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void readsAnyFileBriefly(byte[] data) {
		read(data);
	}

	@FuzzTest(maxDuration = "30m")
	void fuzzForHalfAnHour(byte[] data) {
		read(data);
	}

	private static void read(byte[] data) {
		String header = String.join(",", ParticipationCsv.COLUMNS) + "\n";
		for (String content : new String[] { new String(data, StandardCharsets.UTF_8),
				header + new String(data, StandardCharsets.UTF_8) }) {
			ParticipationCsv.Result result = ParticipationCsv.read(new StringReader(content));
			assertThat(result.problems()).hasSizeLessThanOrEqualTo(ParticipationCsv.MAX_PROBLEMS + 1);
			if (result.isValid()) {
				assertThat(result.rows()).allSatisfy((row) -> assertThat(row.code()).matches("[A-Z]{2}"));
			}
		}
	}

}
