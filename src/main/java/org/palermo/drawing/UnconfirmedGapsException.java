package org.palermo.drawing;

import java.util.List;

/**
 * A drawing is not committed while a State under review has a Protocol whose
 * participation is not recorded and the secretariat has not confirmed it.
 */
public class UnconfirmedGapsException extends DrawingRefusedException {

	private final List<ParticipationGap> gaps;

	public UnconfirmedGapsException(List<ParticipationGap> gaps) {
		super("drawing.unknown.confirm", "");
		this.gaps = List.copyOf(gaps);
	}

	/** Every gap of the States under review (confirmed or not), in code order. */
	public List<ParticipationGap> getGaps() {
		return this.gaps;
	}

}
