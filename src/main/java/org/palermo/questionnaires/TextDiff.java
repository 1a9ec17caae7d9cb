package org.palermo.questionnaires;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of an answer, word by word: kept, added and removed
 * runs of text, by the longest common subsequence.
 */
public final class TextDiff {

	/** Beyond this many words on a side, the whole text shows as replaced. */
	private static final int MAX_WORDS = 4000;

	private TextDiff() {
	}

	/** One run of text and what happened to it. */
	public record Part(Change change, String text) {

		public String cssClass() {
			return "diff-" + this.change.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public enum Change {

		SAME, ADDED, REMOVED

	}

	/** From the older to the newer text. */
	public static List<Part> between(String older, String newer) {
		List<String> a = words((older != null) ? older : "");
		List<String> b = words((newer != null) ? newer : "");
		List<Part> parts = new ArrayList<>();
		if ((long) a.size() * b.size() > (long) MAX_WORDS * MAX_WORDS / 4) {
			add(parts, Change.REMOVED, String.join("", a));
			add(parts, Change.ADDED, String.join("", b));
			return parts;
		}
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				add(parts, Change.SAME, a.get(i++));
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				add(parts, Change.REMOVED, a.get(i++));
			}
			else {
				add(parts, Change.ADDED, b.get(j++));
			}
		}
		while (i < a.size()) {
			add(parts, Change.REMOVED, a.get(i++));
		}
		while (j < b.size()) {
			add(parts, Change.ADDED, b.get(j++));
		}
		return parts;
	}

	/** For each revision (newest first), what it changed from the one before it. */
	public static Map<Long, List<Part>> successive(List<AnswerRevision> newestFirst) {
		Map<Long, List<Part>> diffs = new HashMap<>();
		for (int k = 0; k < newestFirst.size(); k++) {
			String before = (k + 1 < newestFirst.size()) ? newestFirst.get(k + 1).getValue() : "";
			diffs.put(newestFirst.get(k).getVersion(), between(before, newestFirst.get(k).getValue()));
		}
		return diffs;
	}

	/** Words and the spaces after them, so joining the parts gives the text back. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			current.append(c);
			boolean space = Character.isWhitespace(c);
			boolean nextIsWord = k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1));
			if (space && nextIsWord) {
				words.add(current.toString());
				current.setLength(0);
			}
		}
		if (current.length() > 0) {
			words.add(current.toString());
		}
		return words;
	}

	private static void add(List<Part> parts, Change change, String text) {
		if (text.isEmpty()) {
			return;
		}
		if (!parts.isEmpty() && parts.get(parts.size() - 1).change() == change) {
			Part last = parts.remove(parts.size() - 1);
			parts.add(new Part(change, last.text() + text));
		}
		else {
			parts.add(new Part(change, text));
		}
	}

}
