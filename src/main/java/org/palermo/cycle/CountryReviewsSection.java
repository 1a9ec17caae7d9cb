package org.palermo.cycle;

import java.util.List;

import org.palermo.parties.CountryPageSection;
import org.palermo.parties.StateParty;

import org.springframework.stereotype.Component;

/** The cycle's part of the public country page: its review group and its reviews. */
@Component
public class CountryReviewsSection implements CountryPageSection {

	private final CycleService cycle;

	CountryReviewsSection(CycleService cycle) {
		this.cycle = cycle;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Rendered render(StateParty party) {
		return new Rendered("cycle/_country", new Data(this.cycle.reviewGroupOf(party.getCode()).orElse(null),
				this.cycle.reviewsOf(party.getCode()), this.cycle.reviewsBy(party.getCode())));
	}

	/** What the fragment shows. */
	public record Data(Integer reviewGroup, List<CountryReview> reviews, List<CountryReview> reviewing) {
	}

}
