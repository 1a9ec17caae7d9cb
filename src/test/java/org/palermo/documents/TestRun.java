package org.palermo.documents;

import java.util.Random;

/**
 * Words, country codes and years unique to this test run, so that the documents of an
 * earlier run against the same database (PostgreSQL keeps them) never change a count.
 */
final class TestRun {

	private static final Random RANDOM = new Random();

	/** Eight random letters. */
	static final String ID = letters(8);

	/** A three-letter country code nobody else uses. */
	static final String COUNTRY = "Y" + letters(2).toUpperCase(java.util.Locale.ROOT);

	/** The first of five years nobody else uses. */
	static final int YEAR = 1000 + RANDOM.nextInt(160) * 5;

	private TestRun() {
	}

	/** A word found only in this run's documents. */
	static String word(String stem) {
		return stem + ID;
	}

	private static String letters(int n) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < n; i++) {
			letters.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return letters.toString();
	}

}
