package org.palermo.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A document to render, in the style of a United Nations document: its symbol, date and
 * language at the top, a title, then blocks in order. All text comes already in the
 * document's language.
 *
 * @param symbol the document symbol, e.g. {@code UNTOC/RM/1/II/MN/LOO}
 * @param date the date of the document
 * @param language the two-letter code of the document's language (ar: right to left)
 * @param headerLabels the words "Distr.", "Date", "Original" in the document's language
 * @param title the title
 * @param subtitle a line under the title (may be empty)
 * @param blocks the body
 */
public record Report(String symbol, LocalDate date, String language, List<String> headerLabels, String title,
		String subtitle, List<Block> blocks) {

	public Report {
		blocks = List.copyOf(blocks);
		headerLabels = List.copyOf(headerLabels);
	}

	public boolean isRightToLeft() {
		return "ar".equals(this.language);
	}

	/** One block of the body. */
	public record Block(Kind kind, String label, String text) {

		public static Block heading(String text) {
			return new Block(Kind.HEADING, null, text);
		}

		public static Block subheading(String text) {
			return new Block(Kind.SUBHEADING, null, text);
		}

		public static Block paragraph(String text) {
			return new Block(Kind.PARAGRAPH, null, text);
		}

		/** A paragraph led by a label in bold ("Good practice: ..."). */
		public static Block labelled(String label, String text) {
			return new Block(Kind.PARAGRAPH, label, text);
		}

	}

	/** What a block is. */
	public enum Kind {

		HEADING, SUBHEADING, PARAGRAPH

	}

}
