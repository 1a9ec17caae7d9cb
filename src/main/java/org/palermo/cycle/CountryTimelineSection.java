package org.palermo.cycle;

import java.util.List;

import org.palermo.parties.CountryPageSection;
import org.palermo.parties.StateParty;

import org.springframework.stereotype.Component;

/**
 * The cycle's timeline on the public country page: for each review of the State, its
 * steps with their deadlines and the dates they were done; nothing about people or who is
 * awaited.
 */
@Component
class CountryTimelineSection implements CountryPageSection {

	private final TimelineService timelines;

	CountryTimelineSection(TimelineService timelines) {
		this.timelines = timelines;
	}

	@Override
	public int order() {
		return 11;
	}

	@Override
	public Rendered render(StateParty party) {
		List<TimelineService.PublicTimeline> reviews = this.timelines.publicTimelinesOf(party.getCode());
		return reviews.isEmpty() ? null : new Rendered("cycle/_country-timeline", reviews);
	}

}
