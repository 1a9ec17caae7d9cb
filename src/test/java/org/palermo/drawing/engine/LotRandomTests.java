package org.palermo.drawing.engine;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The random stream pinned by literal values, computed outside Java (Python's hashlib,
 * from the description in docs/drawing.md).
 */
class LotRandomTests {

	private static final byte[] SEED = HexFormat.of().parseHex("00c0ffee");

	@Test
	void theBlocksAreSha256OfTheSeedAndTheCounter() {
		assertThat(HexFormat.of().formatHex(LotRandom.sha256(SEED, new byte[8])))
			.isEqualTo("691cfc909573e1c9815e16ef5a9a4c5aa784ac73ff522420df2868c8253398e6");
		assertThat(HexFormat.of().formatHex(LotRandom.sha256(SEED, new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 })))
			.isEqualTo("d53f43d20ed79620df0e8c61d82db0b50d771da51ac2805ba22b60b4524e0027");
	}

	@Test
	void theLotsOfASeedAreFixed() {
		LotRandom random = new LotRandom(SEED);
		int[] sizes = { 2, 3, 5, 7, 10, 17, 100, 1000, 191, 64 };
		int[] lots = new int[sizes.length];
		for (int i = 0; i < sizes.length; i++) {
			lots[i] = random.nextInt(sizes[i]);
		}
		assertThat(lots).containsExactly(0, 0, 3, 6, 2, 10, 17, 587, 108, 42);
	}

	@Test
	void theSeedOfADrawInASeriesIsFixed() {
		assertThat(HexFormat.of().formatHex(DrawingEngine.seriesSeed(HexFormat.of().parseHex("beef"), 1)))
			.isEqualTo("9a075b6cca154bb43c26a28a5096b7c23a161799d250af822ab7dd846902da5a");
	}

	@Test
	void aPublicValueIsMixedIntoTheSeedByFixedBytes() {
		// Python: hashlib.sha256(bytes.fromhex('00c0ffee') + value.encode('utf-8'))
		String value = "EuroMillions du 4 décembre 2026 : 05 12 23 34 45 – étoiles 03 09";
		assertThat(HexFormat.of().formatHex(DrawingEngine.withPublicValue(SEED, value)))
			.isEqualTo("829bea124691563f448df0d4a4257fc0a32eb0a006f207562b437298b0783e95");
		assertThat(DrawingEngine.withPublicValue(SEED, "  " + value + "\n"))
			.isEqualTo(DrawingEngine.withPublicValue(SEED, value));
		assertThat(DrawingEngine.withPublicValue(SEED, null)).isEqualTo(SEED);
		assertThat(DrawingEngine.withPublicValue(SEED, value.replace("03", "04")))
			.isNotEqualTo(DrawingEngine.withPublicValue(SEED, value));
	}

}
