package org.palermo.drawing.engine;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer feeds the drawing's JSON readers (input, split input, draw) arbitrary bytes: the
 * only exception allowed is the documented {@link InvalidDrawInputException}. In
 * {@code mvn verify} it fuzzes for a few seconds (surefire execution
 * {@code fuzz-draw-json}) after replaying the corpus; longer on demand:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='DrawJsonFuzzTests#fuzzForHalfAnHour'}.
 */
class DrawJsonFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void readsAnyInputBriefly(byte[] data) {
		read(data);
	}

	@FuzzTest(maxDuration = "30m")
	void fuzzForHalfAnHour(byte[] data) {
		read(data);
	}

	private static void read(byte[] data) {
		try {
			DrawJson.readInput(data);
		}
		catch (InvalidDrawInputException expected) {
			// the documented answer to input that is not a drawing input
		}
		try {
			DrawJson.readSplitInput(data);
		}
		catch (InvalidDrawInputException expected) {
			// idem
		}
		try {
			DrawJson.readDraw(data);
		}
		catch (InvalidDrawInputException expected) {
			// idem
		}
	}

}
