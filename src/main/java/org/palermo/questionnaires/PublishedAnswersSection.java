package org.palermo.questionnaires;

import java.util.List;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.parties.CountryPageSection;
import org.palermo.parties.StateParty;

import org.springframework.stereotype.Component;

/**
 * The questionnaires' part of the public country page: the State's reviews whose
 * submitted answers it published, each linked; nothing when there are none.
 */
@Component
class PublishedAnswersSection implements CountryPageSection {

	private final CycleService cycle;

	private final PublishedAnswers published;

	PublishedAnswersSection(CycleService cycle, PublishedAnswers published) {
		this.cycle = cycle;
		this.published = published;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public Rendered render(StateParty party) {
		List<CountryReview> reviews = this.cycle.reviewsOf(party.getCode());
		java.util.Set<Long> shown = this.published.publicOf(reviews.stream().map(CountryReview::getId).toList());
		if (shown.isEmpty()) {
			return null;
		}
		return new Rendered("questionnaires/_country",
				new Data(party.getCode(), reviews.stream().filter((r) -> shown.contains(r.getId())).toList()));
	}

	/** What the fragment shows. */
	public record Data(String code, List<CountryReview> reviews) {
	}

}
