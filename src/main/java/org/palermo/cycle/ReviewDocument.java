package org.palermo.cycle;

/**
 * The documents of a country review the State under review may decide to publish, one by
 * one.
 */
public enum ReviewDocument {

	/** The State under review's answers to the self-assessment. */
	ANSWERS,
	/** The agreed list of observations. */
	LIST_OF_OBSERVATIONS,
	/** The agreed summary, with its translations. */
	SUMMARY;

	public String labelKey() {
		return "publication.document." + name();
	}

}
