package org.palermo.deskreview;

import java.util.ArrayList;
import java.util.List;

/**
 * The words changed between two wordings: taken out as {@code [-...-]}, put in as
 * <code>{+...+}</code>, the rest as it was; what a reader compares between two revisions.
 */
final class WordDiff {

	private WordDiff() {
	}

	static String between(String before, String after) {
		List<String> a = words(before);
		List<String> b = words(after);
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		StringBuilder out = new StringBuilder();
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				flush(out, removed, added);
				append(out, a.get(i));
				i++;
				j++;
			}
			else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
				added.add(b.get(j++));
			}
			else {
				removed.add(a.get(i++));
			}
		}
		flush(out, removed, added);
		return out.toString();
	}

	private static void flush(StringBuilder out, List<String> removed, List<String> added) {
		if (!removed.isEmpty()) {
			append(out, "[-" + String.join(" ", removed) + "-]");
			removed.clear();
		}
		if (!added.isEmpty()) {
			append(out, "{+" + String.join(" ", added) + "+}");
			added.clear();
		}
	}

	private static void append(StringBuilder out, String word) {
		if (!out.isEmpty()) {
			out.append(' ');
		}
		out.append(word);
	}

	private static List<String> words(String text) {
		String value = (text != null) ? text.strip() : "";
		return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
	}

}
