package org.palermo.drawing.engine;

/**
 * Hears how far a drawing has come, for a progress bar: slots filled (a slot is one State
 * under review's SAME_GROUP or OTHER_GROUP reviewers) out of all slots.
 */
@FunctionalInterface
public interface DrawProgress {

	/** Hears nothing. */
	DrawProgress NONE = (filled, slots) -> {
	};

	void slotsFilled(int filled, int slots);

}
