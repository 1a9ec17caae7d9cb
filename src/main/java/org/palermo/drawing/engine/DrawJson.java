package org.palermo.drawing.engine;

import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file formats of a drawing (see {@code docs/drawing.md}). The output is written by
 * hand, field by field, so that the same draw is the same bytes on every machine.
 */
public final class DrawJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private DrawJson() {
	}

	public static DrawInput readInput(byte[] json) {
		try {
			DrawInput input = MAPPER.readValue(json, DrawInput.class);
			if (input == null || input.parties() == null || input.statesUnderReview() == null) {
				throw new InvalidDrawInputException("The input needs \"parties\" and \"statesUnderReview\"");
			}
			return input;
		}
		catch (JacksonException | NullPointerException ex) {
			throw new InvalidDrawInputException("The input is not a valid drawing input: " + ex.getMessage());
		}
	}

	public static ReviewGroupSplit.Input readSplitInput(byte[] json) {
		try {
			return MAPPER.readValue(json, ReviewGroupSplit.Input.class);
		}
		catch (JacksonException ex) {
			throw new InvalidDrawInputException("The input is not a valid split input: " + ex.getMessage());
		}
	}

	public static Draw readDraw(byte[] json) {
		try {
			return MAPPER.readValue(json, Draw.class);
		}
		catch (JacksonException ex) {
			throw new InvalidDrawInputException("The draw is not valid JSON of a draw: " + ex.getMessage());
		}
	}

	public static String write(Draw draw) {
		StringBuilder out = new StringBuilder(256 + draw.reviews().size() * 200);
		out.append("{\"algorithm\":").append(string(draw.algorithm()));
		out.append(",\"inputSha256\":").append(string(draw.inputSha256()));
		out.append(",\"seed\":").append(string(draw.seed()));
		out.append(",\"reviews\":[");
		for (int i = 0; i < draw.reviews().size(); i++) {
			Draw.Review review = draw.reviews().get(i);
			out.append((i > 0) ? "," : "").append("{\"stateUnderReview\":").append(string(review.stateUnderReview()));
			out.append(",\"reviewers\":[");
			for (int j = 0; j < review.reviewers().size(); j++) {
				Draw.Reviewer reviewer = review.reviewers().get(j);
				out.append((j > 0) ? "," : "").append("{\"code\":").append(string(reviewer.code()));
				out.append(",\"slot\":").append(string(reviewer.slot()));
				out.append(",\"instruments\":").append(strings(reviewer.instruments()));
				out.append(",\"drawOrder\":").append(reviewer.drawOrder()).append('}');
			}
			out.append("]}");
		}
		return out.append("]}").toString();
	}

	public static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(LotRandom.sha256(bytes));
	}

	public static byte[] seedBytes(String hex) {
		String clean = (hex != null) ? hex.trim().toLowerCase(java.util.Locale.ROOT) : "";
		if (clean.isEmpty() || clean.length() % 2 != 0 || !clean.matches("[0-9a-f]+")) {
			throw new InvalidDrawInputException("The seed must be an even number of hexadecimal digits");
		}
		return HexFormat.of().parseHex(clean);
	}

	private static String strings(List<String> values) {
		StringBuilder out = new StringBuilder("[");
		for (int i = 0; i < values.size(); i++) {
			out.append((i > 0) ? "," : "").append(string(values.get(i)));
		}
		return out.append(']').toString();
	}

	private static String string(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
