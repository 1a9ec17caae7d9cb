package org.palermo.drawing.engine;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Splits parties into review groups by lot, with the same random stream as the drawing:
 * the codes, sorted, are shuffled by Fisher-Yates (for i from n-1 down to 1, swap i with
 * a lot among [0, i]); group 1 takes the first places, then group 2, and so on, the first
 * (n mod groups) groups taking one more State than the others.
 */
public final class ReviewGroupSplit {

	public static final String ALGORITHM = "palermo-groups/1 (sha256-counter stream; Fisher-Yates over codes order)";

	/** What to split: party codes and how many groups. */
	public record Input(List<String> parties, int groups) {

	}

	/** The review groups, numbered from 1. */
	public record Result(String algorithm, String inputSha256, String seed, List<Group> groups) {

	}

	/** One review group and its States, in code order. */
	public record Group(int number, List<String> parties) {

	}

	private ReviewGroupSplit() {
	}

	public static Result split(Input input, String inputSha256, byte[] seed) {
		if (input.groups() < 1 || input.parties() == null || input.parties().size() < input.groups()) {
			throw new InvalidDrawInputException("Need at least as many parties as groups, and one group or more");
		}
		List<String> codes = new ArrayList<>(input.parties().stream().distinct().sorted().toList());
		LotRandom random = new LotRandom(seed);
		for (int i = codes.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			String swap = codes.get(i);
			codes.set(i, codes.get(j));
			codes.set(j, swap);
		}
		List<Group> groups = new ArrayList<>();
		int n = codes.size();
		int from = 0;
		for (int g = 0; g < input.groups(); g++) {
			int size = n / input.groups() + ((g < n % input.groups()) ? 1 : 0);
			groups.add(new Group(g + 1, codes.subList(from, from + size).stream().sorted().toList()));
			from += size;
		}
		return new Result(ALGORITHM, inputSha256, HexFormat.of().formatHex(seed), groups);
	}

	/** The result as JSON, field by field, the same bytes on every machine. */
	public static String write(Result result) {
		StringBuilder out = new StringBuilder();
		out.append("{\"algorithm\":\"").append(result.algorithm()).append("\",\"inputSha256\":\"");
		out.append(result.inputSha256()).append("\",\"seed\":\"").append(result.seed()).append("\",\"groups\":[");
		for (int g = 0; g < result.groups().size(); g++) {
			Group group = result.groups().get(g);
			out.append((g > 0) ? "," : "").append("{\"number\":").append(group.number()).append(",\"parties\":[");
			for (int i = 0; i < group.parties().size(); i++) {
				out.append((i > 0) ? "," : "").append('"').append(group.parties().get(i)).append('"');
			}
			out.append("]}");
		}
		return out.append("]}").toString();
	}

}
