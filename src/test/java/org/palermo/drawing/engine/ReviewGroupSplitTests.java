package org.palermo.drawing.engine;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReviewGroupSplitTests {

	private static final byte[] SEED = HexFormat.of().parseHex("5p1100".replace("p", "0"));

	private static List<String> codes(int n) {
		return IntStream.range(0, n).mapToObj((i) -> String.format("P%03d", i)).toList();
	}

	@Test
	void everyPartyLandsInExactlyOneGroupOfBalancedSize() {
		ReviewGroupSplit.Result result = ReviewGroupSplit.split(new ReviewGroupSplit.Input(codes(191), 3), "x", SEED);
		assertThat(result.groups()).extracting((g) -> g.parties().size()).containsExactly(64, 64, 63);
		assertThat(result.groups().stream().flatMap((g) -> g.parties().stream())).hasSize(191)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(codes(191));
	}

	@Test
	void theSameSeedGivesTheSameGroupsWhateverTheListingOrder() {
		List<String> reversed = new java.util.ArrayList<>(codes(30));
		java.util.Collections.reverse(reversed);
		String a = ReviewGroupSplit.write(ReviewGroupSplit.split(new ReviewGroupSplit.Input(codes(30), 3), "x", SEED));
		String b = ReviewGroupSplit.write(ReviewGroupSplit.split(new ReviewGroupSplit.Input(reversed, 3), "x", SEED));
		assertThat(a).isEqualTo(b).startsWith("{\"algorithm\":\"" + ReviewGroupSplit.ALGORITHM + "\"");
	}

	@Test
	void eachPartyIsEquallyLikelyInEachGroup() {
		Map<String, Integer> inFirst = new HashMap<>();
		int runs = 3000;
		for (int i = 0; i < runs; i++) {
			ReviewGroupSplit.split(new ReviewGroupSplit.Input(codes(6), 3), "x", DrawingEngine.seriesSeed(SEED, i))
				.groups()
				.get(0)
				.parties()
				.forEach((code) -> inFirst.merge(code, 1, Integer::sum));
		}
		double expected = runs * 2 / 6.0;
		double chiSquare = inFirst.values().stream().mapToDouble((n) -> Math.pow(n - expected, 2) / expected).sum();
		// Six parties, five degrees of freedom: p > 0.001 below 20.52.
		assertThat(inFirst).hasSize(6);
		assertThat(chiSquare).isLessThan(20.52);
	}

	@Test
	void moreGroupsThanPartiesIsRefused() {
		assertThatExceptionOfType(InvalidDrawInputException.class)
			.isThrownBy(() -> ReviewGroupSplit.split(new ReviewGroupSplit.Input(codes(2), 3), "x", SEED));
	}

}
