package org.palermo.civilsociety;

/** The secretariat's next step on an input, with a reason or an observation reference. */
public record StatusChangeForm(Action action, String reason, String reference) {

	/** What the secretariat does. */
	public enum Action {

		SHARE, CONSIDER, REFLECT, NOT_TAKEN_UP

	}

}
