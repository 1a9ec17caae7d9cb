package org.palermo.drawing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DrawingEngineTests {

	private static final byte[] SEED = HexFormat.of().parseHex("00c0ffee");

	private final DrawingEngine engine = new DrawingEngine();

	private static DrawInput.Party party(String code, String group, String... instruments) {
		return new DrawInput.Party(code, group, List.of(instruments));
	}

	private static DrawInput input(List<DrawInput.Party> parties, List<String> underReview, DrawInput.Rules rules,
			DrawInput.ExcludedPair... excluded) {
		return new DrawInput(parties, underReview.stream().map((c) -> new DrawInput.StateUnderReview(c, null)).toList(),
				rules, List.of(excluded));
	}

	private static final DrawInput.Rules DEFAULT = new DrawInput.Rules(2, 4, false);

	/** Two groups of five, everybody party to everything: loose. */
	private static List<DrawInput.Party> loose() {
		List<DrawInput.Party> parties = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			parties.add(party("A" + i, "AFRICAN", "UNTOC", "TIP", "SOM", "FA"));
			parties.add(party("W" + i, "WEOG", "UNTOC", "TIP", "SOM", "FA"));
		}
		return parties;
	}

	private Draw draw(DrawInput input) {
		Draw draw = this.engine.draw(input, "test", SEED);
		assertThat(DrawVerifier.ruleViolations(input, draw)).isEmpty();
		return draw;
	}

	@Test
	void eachStateUnderReviewGetsOneReviewerFromItsGroupAndOneFromAnother() {
		Draw draw = draw(input(loose(), List.of("A1", "W1", "A2"), DEFAULT));
		assertThat(draw.reviews()).extracting(Draw.Review::stateUnderReview).containsExactly("A1", "A2", "W1");
		for (Draw.Review review : draw.reviews()) {
			assertThat(review.reviewers()).hasSize(2);
			Draw.Reviewer same = review.reviewers().get(0);
			Draw.Reviewer other = review.reviewers().get(1);
			assertThat(same.slot()).isEqualTo("SAME_GROUP");
			assertThat(same.code().charAt(0)).isEqualTo(review.stateUnderReview().charAt(0));
			assertThat(other.slot()).isEqualTo("OTHER_GROUP");
			assertThat(other.code().charAt(0)).isNotEqualTo(review.stateUnderReview().charAt(0));
			assertThat(same.instruments()).containsExactly("UNTOC", "TIP", "SOM", "FA");
			assertThat(same.code()).isNotEqualTo(review.stateUnderReview());
		}
		assertThat(draw.reviews().stream().flatMap((r) -> r.reviewers().stream()).map(Draw.Reviewer::drawOrder))
			.containsExactly(1, 2, 3, 4, 5, 6);
	}

	@Test
	void anAdditionalReviewerIsDrawnOnlyForTheInstrumentsThePrimaryLacks() {
		List<DrawInput.Party> parties = List.of(party("A1", "AFRICAN", "UNTOC", "FA"), party("A2", "AFRICAN", "UNTOC"),
				party("A3", "AFRICAN", "FA", "UNTOC", "TIP"), party("W1", "WEOG", "UNTOC", "FA"));
		// A3 is the only other African party to FA; A2 can cover the Convention only.
		for (int i = 0; i < 20; i++) {
			Draw draw = this.engine.draw(input(parties, List.of("A1"), DEFAULT), "t",
					DrawingEngine.seriesSeed(SEED, i));
			List<Draw.Reviewer> same = draw.reviews()
				.get(0)
				.reviewers()
				.stream()
				.filter((r) -> r.slot().equals("SAME_GROUP"))
				.toList();
			if (same.get(0).code().equals("A2")) {
				assertThat(same).extracting(Draw.Reviewer::code).containsExactly("A2", "A3");
				assertThat(same.get(0).instruments()).containsExactly("UNTOC");
				assertThat(same.get(1).instruments()).containsExactly("FA");
			}
			else {
				assertThat(same).singleElement().satisfies((r) -> {
					assertThat(r.code()).isEqualTo("A3");
					assertThat(r.instruments()).containsExactly("UNTOC", "FA");
				});
			}
		}
	}

	@Test
	void aReviewerMustBePartyToTheInstrument() {
		List<DrawInput.Party> parties = List.of(party("A1", "AFRICAN", "UNTOC", "FA"), party("A2", "AFRICAN", "UNTOC"),
				party("W1", "WEOG", "UNTOC", "FA"));
		assertThatExceptionOfType(InfeasibleDrawException.class)
			.isThrownBy(() -> this.engine.draw(input(parties, List.of("A1"), DEFAULT), "t", SEED))
			.satisfies((ex) -> assertThat(ex.getBlockers()).singleElement().satisfies((b) -> {
				assertThat(b.stateUnderReview()).isEqualTo("A1");
				assertThat(b.instrument()).isEqualTo("FA");
				assertThat(b.rule()).isEqualTo("reviewerPartyToInstrument");
				assertThat(b.explanation()).contains("same regional group (AFRICAN)");
			}));
	}

	@Test
	void nobodyReviewsItself() {
		// A1 is the only African State: its SAME_GROUP slot could only be filled by
		// itself.
		List<DrawInput.Party> parties = List.of(party("A1", "AFRICAN", "UNTOC"), party("W1", "WEOG", "UNTOC"),
				party("W2", "WEOG", "UNTOC"));
		assertThatExceptionOfType(InfeasibleDrawException.class)
			.isThrownBy(() -> this.engine.draw(input(parties, List.of("A1"), DEFAULT), "t", SEED))
			.satisfies((ex) -> assertThat(ex.getBlockers().get(0).explanation())
				.contains("no State of the same regional group (AFRICAN) other than itself"));
	}

	@Test
	void anExcludedPairIsNeverDrawn() {
		DrawInput.ExcludedPair excluded = new DrawInput.ExcludedPair("A1", "A2");
		for (int i = 0; i < 50; i++) {
			Draw draw = this.engine.draw(input(loose(), List.of("A1"), DEFAULT, excluded), "t",
					DrawingEngine.seriesSeed(SEED, i));
			assertThat(draw.reviews().get(0).reviewers()).extracting(Draw.Reviewer::code).doesNotContain("A2");
		}
		List<DrawInput.Party> two = List.of(party("A1", "AFRICAN", "UNTOC"), party("A2", "AFRICAN", "UNTOC"),
				party("W1", "WEOG", "UNTOC"));
		assertThatExceptionOfType(InfeasibleDrawException.class)
			.isThrownBy(() -> this.engine.draw(input(two, List.of("A1"), DEFAULT, excluded), "t", SEED))
			.satisfies((ex) -> assertThat(ex.getBlockers().get(0).rule()).isEqualTo("excludedPairs"));
	}

	@Test
	void noStateReviewsMoreThanTheLimit() {
		List<DrawInput.Party> parties = List.of(party("A1", "AFRICAN", "UNTOC"), party("A2", "AFRICAN", "UNTOC"),
				party("A3", "AFRICAN", "UNTOC"), party("A4", "AFRICAN", "UNTOC"), party("W1", "WEOG", "UNTOC"));
		// Four African States under review need four OTHER_GROUP reviews from WEOG's one
		// State.
		assertThatExceptionOfType(InfeasibleDrawException.class)
			.isThrownBy(() -> this.engine.draw(input(parties, List.of("A1", "A2", "A3", "A4"), DEFAULT), "t", SEED))
			.satisfies((ex) -> assertThat(ex.getBlockers().get(0).rule()).isEqualTo("maxReviewsPerState"));
		Draw draw = draw(input(parties, List.of("A1", "A2", "A3", "A4"), new DrawInput.Rules(4, 4, false)));
		assertThat(draw.reviews()).allSatisfy((r) -> assertThat(r.reviewers().get(1).code()).isEqualTo("W1"));
	}

	@Test
	void noMutualReviewsUnlessAllowed() {
		List<DrawInput.Party> parties = List.of(party("A1", "AFRICAN", "UNTOC"), party("A2", "AFRICAN", "UNTOC"),
				party("W1", "WEOG", "UNTOC"), party("W2", "WEOG", "UNTOC"));
		// A1 and A2 can only review each other in their own group: the rule against
		// mutual reviews blocks, not capacity.
		assertThatExceptionOfType(InfeasibleDrawException.class)
			.isThrownBy(() -> this.engine.draw(input(parties, List.of("A1", "A2"), DEFAULT), "t", SEED))
			.satisfies((ex) -> assertThat(ex.getBlockers()).singleElement().satisfies((b) -> {
				assertThat(b.rule()).isEqualTo("noMutualReviews");
				assertThat(b.messageKey()).isEqualTo("drawing.explain.mutual");
				assertThat(b.arguments()).containsExactly("A1, A2", "UNTOC");
			}));
		Draw draw = draw(input(parties, List.of("A1", "A2"), new DrawInput.Rules(2, 4, true)));
		assertThat(draw.reviews().get(0).reviewers().get(0).code()).isEqualTo("A2");
		assertThat(draw.reviews().get(1).reviewers().get(0).code()).isEqualTo("A1");
	}

	@Test
	void noMoreReviewingStatesThanAllowedUnlessTheStateUnderReviewAllowsMore() {
		List<DrawInput.Party> parties = List.of(party("A1", "AFRICAN", "UNTOC", "TIP", "SOM", "FA"),
				party("A2", "AFRICAN", "UNTOC"), party("A3", "AFRICAN", "TIP"), party("A4", "AFRICAN", "SOM"),
				party("A5", "AFRICAN", "FA"), party("W1", "WEOG", "UNTOC", "TIP", "SOM", "FA"));
		assertThatExceptionOfType(InfeasibleDrawException.class)
			.isThrownBy(() -> this.engine.draw(input(parties, List.of("A1"), DEFAULT), "t", SEED))
			.satisfies((ex) -> assertThat(ex.getBlockers().get(0)).satisfies((b) -> {
				assertThat(b.rule()).isEqualTo("maxReviewingStates");
				assertThat(b.stateUnderReview()).isEqualTo("A1");
			}));
		DrawInput allowed = new DrawInput(parties, List.of(new DrawInput.StateUnderReview("A1", 5)), DEFAULT,
				List.of());
		Draw draw = draw(allowed);
		assertThat(draw.reviews().get(0).reviewers()).hasSize(5);
	}

	@Test
	void theSameInputAndSeedGiveTheSameBytes() {
		DrawInput input = DrawInputs.real(64, 2, 3);
		String first = DrawJson.write(this.engine.draw(input, "x", SEED));
		String second = DrawJson.write(this.engine.draw(input, "x", SEED));
		String other = DrawJson.write(this.engine.draw(input, "x", HexFormat.of().parseHex("00c0fff0")));
		assertThat(first).isEqualTo(second).isNotEqualTo(other);
	}

	@Test
	void theRandomStreamIsFixedBySha256() {
		// Block 0 of seed 00 is SHA-256(00 || 0000000000000000); its first word >>> 1,
		// modulo 1000.
		LotRandom random = new LotRandom(new byte[] { 0 });
		byte[] block = LotRandom.sha256(new byte[] { 0 }, new byte[8]);
		long word = java.nio.ByteBuffer.wrap(block).getLong() >>> 1;
		assertThat(random.nextInt(1000)).isEqualTo((int) (word % 1000));
	}

	@Test
	void aFairLotAmongTheAdmissibleStatesOnly() {
		// Each State reviews at most one State. A9 needs FA from its group and only A2
		// can give it, so A2
		// is inadmissible for A1's first lot although it could take it; A3, A4 and A9 are
		// admissible.
		List<DrawInput.Party> parties = List.of(party("A1", "AFRICAN", "UNTOC"), party("A2", "AFRICAN", "UNTOC", "FA"),
				party("A3", "AFRICAN", "UNTOC"), party("A4", "AFRICAN", "UNTOC"), party("A9", "AFRICAN", "UNTOC", "FA"),
				party("W1", "WEOG", "UNTOC", "FA"), party("W2", "WEOG", "UNTOC", "FA"), party("W3", "WEOG", "UNTOC"));
		DrawInput input = input(parties, List.of("A1", "A9"), new DrawInput.Rules(1, 4, false));
		Map<String, Integer> counts = new HashMap<>();
		int draws = 3000;
		for (int i = 0; i < draws; i++) {
			Draw draw = this.engine.draw(input, "t", DrawingEngine.seriesSeed(SEED, i));
			assertThat(DrawVerifier.ruleViolations(input, draw)).isEmpty();
			counts.merge(draw.reviews().get(0).reviewers().get(0).code(), 1, Integer::sum);
		}
		assertThat(counts).doesNotContainKey("A2").containsOnlyKeys("A3", "A4", "A9");
		double expected = draws / 3.0;
		double chiSquare = counts.values().stream().mapToDouble((n) -> Math.pow(n - expected, 2) / expected).sum();
		// p > 0.001 with 2 degrees of freedom means chi-square below 13.82.
		assertThat(chiSquare).isLessThan(13.82);
	}

	@Test
	void aTightInstanceNeverFailsWhateverTheSeed() {
		DrawInput tight = tightInstance();
		for (int i = 0; i < 2000; i++) {
			Draw draw = this.engine.draw(tight, "t", DrawingEngine.seriesSeed(SEED, i));
			assertThat(DrawVerifier.ruleViolations(tight, draw)).as("seed %d", i).isEmpty();
		}
	}

	/**
	 * Everybody under review and reviewing exactly two: capacity is used to the last
	 * review.
	 */
	static DrawInput tightInstance() {
		List<DrawInput.Party> parties = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			parties.add(party("A" + i, "AFRICAN", "UNTOC", "TIP"));
			parties.add(party("E" + i, "EASTERN_EUROPEAN", "UNTOC", "TIP"));
			parties.add(party("G" + i, "GRULAC", "UNTOC", "TIP"));
		}
		return input(parties, parties.stream().map(DrawInput.Party::code).toList(), DEFAULT);
	}

	@Test
	void theVerifierCatchesABrokenRule() {
		DrawInput input = input(loose(), List.of("A1", "W1"), DEFAULT);
		Draw draw = this.engine.draw(input, "t", SEED);
		Draw.Review first = draw.reviews().get(0);
		List<Draw.Reviewer> tampered = new ArrayList<>(first.reviewers());
		Draw.Reviewer same = tampered.get(0);
		tampered.set(0, new Draw.Reviewer("A1", same.slot(), same.instruments(), same.drawOrder()));
		Draw bad = new Draw(draw.algorithm(), draw.inputSha256(), draw.seed(),
				List.of(new Draw.Review(first.stateUnderReview(), tampered), draw.reviews().get(1)));
		assertThat(DrawVerifier.ruleViolations(input, bad)).isNotEmpty();
	}

	@Test
	void aBadInputIsRefusedWithAClearMessage() {
		assertThatExceptionOfType(InvalidDrawInputException.class)
			.isThrownBy(() -> this.engine.draw(input(List.of(party("A1", "ATLANTIS", "UNTOC")), List.of("A1"), DEFAULT),
					"t", SEED))
			.withMessageContaining("Unknown group ATLANTIS");
		assertThatExceptionOfType(InvalidDrawInputException.class)
			.isThrownBy(() -> this.engine.draw(input(loose(), List.of("ZZ"), DEFAULT), "t", SEED))
			.withMessageContaining("ZZ");
	}

	@Test
	void capacityIsBlamedWhenCapacityBlocks() {
		List<DrawInput.Party> parties = List.of(party("A1", "AFRICAN", "UNTOC"), party("A2", "AFRICAN", "UNTOC"),
				party("A3", "AFRICAN", "UNTOC"), party("W1", "WEOG", "UNTOC"), party("W2", "WEOG", "UNTOC"));
		// Three African States under review need three reviews from WEOG's two States,
		// each reviewing at most one.
		assertThatExceptionOfType(InfeasibleDrawException.class)
			.isThrownBy(() -> this.engine
				.draw(input(parties, List.of("A1", "A2", "A3"), new DrawInput.Rules(1, 4, true)), "t", SEED))
			.satisfies((ex) -> assertThat(ex.getBlockers()).singleElement()
				.satisfies((b) -> assertThat(b.rule()).isEqualTo("maxReviewsPerState")));
	}

	@Test
	void aDrawThatTakesLongerThanTheTimeLimitStopsWithAMessage() {
		DrawingEngine hurried = new DrawingEngine(java.time.Duration.ofMillis(1));
		assertThatExceptionOfType(DrawingStoppedException.class)
			.isThrownBy(() -> hurried.draw(DrawInputs.real(1000, 3, 1), "t", SEED))
			.satisfies((ex) -> {
				assertThat(ex.getMessageKey()).isEqualTo("drawing.explain.timeLimit");
				assertThat(ex.getMessage()).startsWith("No answer within the time limit of 0.001 seconds");
			});
	}

	@Test
	void progressIsReportedSlotBySlot() {
		List<Integer> filled = new ArrayList<>();
		this.engine.draw(input(loose(), List.of("A1", "W1"), DEFAULT), "t", SEED,
				(done, slots) -> filled.add(done * 10 + slots));
		assertThat(filled).containsExactly(14, 24, 34, 44);
	}

	/**
	 * A redraw keeps a State that reviews only the Convention although it is party to the
	 * Trafficking Protocol too (as in the review it comes from): the Protocol is then
	 * drawn from the other States, never from the kept one a second time (found by a
	 * redraw test: the cycle could not record Norway twice for Belgium).
	 */
	@Test
	void aKeptStateReviewingPartOfWhatItCouldIsNeverDrawnAgainForTheSameState() {
		List<DrawInput.Party> parties = List.of(party("W1", "WEOG", "UNTOC", "TIP"),
				party("W2", "WEOG", "UNTOC", "TIP"), party("W3", "WEOG", "UNTOC", "TIP"),
				party("A1", "AFRICAN", "UNTOC", "TIP"), party("A2", "AFRICAN", "UNTOC", "TIP"));
		DrawInput.FixedReviewer kept = new DrawInput.FixedReviewer("W1", "W2", "SAME_GROUP", List.of("UNTOC"), 1);
		DrawInput input = new DrawInput(parties, List.of(new DrawInput.StateUnderReview("W1", null)),
				new DrawInput.Rules(2, 4, false), List.of(), List.of(kept));
		for (int i = 0; i < 20; i++) {
			Draw draw = this.engine.draw(input, "t", DrawingEngine.seriesSeed(SEED, i));
			assertThat(DrawVerifier.ruleViolations(input, draw)).isEmpty();
			assertThat(draw.reviews().get(0).reviewers()).extracting(Draw.Reviewer::code)
				.doesNotHaveDuplicates()
				.contains("W2", "W3");
		}
		// with W3 unable to review W1, only W2 could cover the Protocol: no draw
		DrawInput without = new DrawInput(parties, List.of(new DrawInput.StateUnderReview("W1", null)),
				new DrawInput.Rules(2, 4, false), List.of(new DrawInput.ExcludedPair("W1", "W3")), List.of(kept));
		assertThatExceptionOfType(InfeasibleDrawException.class).isThrownBy(() -> this.engine.draw(without, "t", SEED));
	}

	@Test
	void theVerifierRefusesAStateDrawnTwiceForOneState() {
		List<DrawInput.Party> parties = List.of(party("W1", "WEOG", "UNTOC", "TIP"),
				party("W2", "WEOG", "UNTOC", "TIP"), party("A1", "AFRICAN", "UNTOC", "TIP"));
		DrawInput input = input(parties, List.of("W1"), DEFAULT);
		Draw twice = new Draw(DrawingEngine.ALGORITHM, "t", "00",
				List.of(new Draw.Review("W1",
						List.of(new Draw.Reviewer("W2", "SAME_GROUP", List.of("UNTOC"), 1),
								new Draw.Reviewer("W2", "SAME_GROUP", List.of("TIP"), 2),
								new Draw.Reviewer("A1", "OTHER_GROUP", List.of("UNTOC", "TIP"), 3)))));
		assertThat(DrawVerifier.ruleViolations(input, twice)).contains("W1: W2 is drawn twice");
	}

}
