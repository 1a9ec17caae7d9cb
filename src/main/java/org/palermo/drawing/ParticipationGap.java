package org.palermo.drawing;

/**
 * A State under review whose participation in a Protocol is not recorded: the draw treats
 * it as not party, which narrows that State's review, so the secretariat confirms it (or
 * corrects the participation) before committing.
 *
 * @param code the State under review
 * @param instrument the Protocol ({@code TIP}, {@code SOM} or {@code FA})
 */
public record ParticipationGap(String code, String instrument) {

	/** How a confirmation names this gap in the form: {@code KE:FA}. */
	public String value() {
		return this.code + ":" + this.instrument;
	}

}
