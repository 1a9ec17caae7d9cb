package org.palermo.drawing.engine;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.palermo.parties.Participation;
import org.palermo.parties.ParticipationCsv;

/**
 * Drawing inputs for tests and benchmarks: the real parties of the reference file, and
 * synthetic ones.
 */
public final class DrawInputs {

	private DrawInputs() {
	}

	/**
	 * Every confirmed party to the Convention; parties without a group take part through
	 * WEOG.
	 */
	public static List<DrawInput.Party> realParties() {
		ParticipationCsv.Result file = ParticipationCsv.read(new InputStreamReader(
				DrawInputs.class.getResourceAsStream("/db/data/states-parties.csv"), StandardCharsets.UTF_8));
		List<DrawInput.Party> parties = new ArrayList<>();
		for (ParticipationCsv.Row row : file.rows()) {
			List<String> instruments = row.participations()
				.stream()
				.filter(Participation::isConfirmedParty)
				.map((p) -> p.getInstrument().name())
				.toList();
			if (instruments.contains("UNTOC")) {
				String group = row.group().name().equals("NONE") ? "WEOG" : row.group().name();
				parties.add(new DrawInput.Party(row.code(), group, instruments));
			}
		}
		return parties;
	}

	public static DrawInput real(int underReview, int maxReviewsPerState, long shuffleSeed) {
		List<DrawInput.Party> parties = realParties();
		List<DrawInput.Party> shuffled = new ArrayList<>(parties);
		java.util.Collections.shuffle(shuffled, new Random(shuffleSeed));
		List<DrawInput.StateUnderReview> surs = shuffled.subList(0, Math.min(underReview, shuffled.size()))
			.stream()
			.map((p) -> new DrawInput.StateUnderReview(p.code(), null))
			.toList();
		return new DrawInput(parties, surs, new DrawInput.Rules(maxReviewsPerState, 4, false), List.of());
	}

	/**
	 * A synthetic world: n parties spread over the five groups, instruments as often as
	 * in reality.
	 */
	public static DrawInput synthetic(int parties, int underReview, long seed) {
		Random random = new Random(seed);
		List<DrawInput.Party> list = new ArrayList<>();
		for (int i = 0; i < parties; i++) {
			List<String> instruments = new ArrayList<>(List.of("UNTOC"));
			if (random.nextDouble() < 0.91) {
				instruments.add("TIP");
			}
			if (random.nextDouble() < 0.75) {
				instruments.add("SOM");
			}
			if (random.nextDouble() < 0.63) {
				instruments.add("FA");
			}
			list.add(
					new DrawInput.Party(String.format("S%05d", i), Problem.GROUPS.get(random.nextInt(5)), instruments));
		}
		List<DrawInput.StateUnderReview> surs = new ArrayList<>();
		for (int i = 0; i < underReview; i++) {
			surs.add(new DrawInput.StateUnderReview(String.format("S%05d", i * parties / underReview), null));
		}
		return new DrawInput(list, surs, new DrawInput.Rules(2, 4, false), List.of());
	}

	/**
	 * The random family of issue 7: 20 to 200 parties spread over the five groups, all
	 * under review, maxReviewsPerState 2 to 4, each Protocol joined by 50 to 85 % of the
	 * parties, and about one excluded pair per five parties.
	 */
	public static DrawInput randomFamily(long seed) {
		Random random = new Random(seed);
		int n = 20 + random.nextInt(181);
		int load = 2 + random.nextInt(3);
		double[] join = { 0.5 + 0.35 * random.nextDouble(), 0.5 + 0.35 * random.nextDouble(),
				0.5 + 0.35 * random.nextDouble() };
		List<DrawInput.Party> parties = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			List<String> instruments = new ArrayList<>(List.of("UNTOC"));
			for (int j = 0; j < 3; j++) {
				if (random.nextDouble() < join[j]) {
					instruments.add(Problem.INSTRUMENTS.get(j + 1));
				}
			}
			parties.add(
					new DrawInput.Party(String.format("P%03d", i), Problem.GROUPS.get(random.nextInt(5)), instruments));
		}
		List<DrawInput.ExcludedPair> excluded = new ArrayList<>();
		for (int i = 0; i < n / 5; i++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b) {
				excluded.add(new DrawInput.ExcludedPair(parties.get(a).code(), parties.get(b).code()));
			}
		}
		return new DrawInput(parties,
				parties.stream().map((p) -> new DrawInput.StateUnderReview(p.code(), null)).toList(),
				new DrawInput.Rules(load, 4, false), excluded);
	}

	/** Every African party under review, each State reviewing at most one: impossible. */
	public static DrawInput africanWithLoadOne() {
		List<DrawInput.Party> parties = realParties();
		return new DrawInput(parties,
				parties.stream()
					.filter((p) -> p.group().equals("AFRICAN"))
					.map((p) -> new DrawInput.StateUnderReview(p.code(), null))
					.toList(),
				new DrawInput.Rules(1, 4, false), List.of());
	}

}
