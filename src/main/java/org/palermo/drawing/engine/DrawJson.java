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

	/**
	 * Strict: a field the format does not know is refused (a typo such as
	 * {@code "excludedPair"} would otherwise silently change the draw).
	 */
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
		catch (InvalidDrawInputException ex) {
			throw ex;
		}
		catch (JacksonException ex) {
			throw new InvalidDrawInputException("The input is not a valid drawing input: " + where(ex));
		}
		catch (RuntimeException ex) {
			throw new InvalidDrawInputException("The input is not a valid drawing input: " + ex);
		}
	}

	public static ReviewGroupSplit.Input readSplitInput(byte[] json) {
		try {
			return MAPPER.readValue(json, ReviewGroupSplit.Input.class);
		}
		catch (JacksonException ex) {
			throw new InvalidDrawInputException("The input is not a valid split input: " + where(ex));
		}
		catch (RuntimeException ex) {
			throw new InvalidDrawInputException("The input is not a valid split input: " + ex);
		}
	}

	public static Draw readDraw(byte[] json) {
		try {
			return MAPPER.readValue(json, Draw.class);
		}
		catch (JacksonException ex) {
			throw new InvalidDrawInputException("The draw is not valid JSON of a draw: " + where(ex));
		}
		catch (RuntimeException ex) {
			throw new InvalidDrawInputException("The draw is not valid JSON of a draw: " + ex);
		}
	}

	/**
	 * What is wrong and where: the path in the document, the line and column, the
	 * parser's words.
	 */
	private static String where(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		StringBuilder out = new StringBuilder();
		if (ex instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
			out.append("unknown field \"").append(unknown.getPropertyName()).append('"');
		}
		else {
			out.append(ex.getOriginalMessage());
		}
		if (path.length() > 0) {
			out.append(" at ").append(path);
		}
		if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
			out.append(" (line ").append(ex.getLocation().getLineNr());
			out.append(", column ").append(ex.getLocation().getColumnNr()).append(')');
		}
		return out.toString();
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
