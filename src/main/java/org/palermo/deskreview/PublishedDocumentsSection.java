package org.palermo.deskreview;

import java.util.List;
import java.util.Map;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewDocument;
import org.palermo.parties.CountryPageSection;
import org.palermo.parties.StateParty;

import org.springframework.stereotype.Component;

/**
 * The desk review's part of the public country page: the documents of the State's reviews
 * that it published, and nothing else.
 */
@Component
class PublishedDocumentsSection implements CountryPageSection {

	private final CycleService cycle;

	private final PublicationService publications;

	PublishedDocumentsSection(CycleService cycle, PublicationService publications) {
		this.cycle = cycle;
		this.publications = publications;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Rendered render(StateParty party) {
		List<CountryReview> reviews = this.cycle.reviewsOf(party.getCode());
		Map<Long, List<ReviewDocument>> published = this.publications
			.publishedOf(reviews.stream().map(CountryReview::getId).toList());
		if (published.isEmpty()) {
			return null;
		}
		return new Rendered("deskreview/_country", new Data(party.getCode(),
				reviews.stream().filter((r) -> published.containsKey(r.getId())).toList(), published));
	}

	/** What the fragment shows. */
	public record Data(String code, List<CountryReview> reviews, Map<Long, List<ReviewDocument>> published) {
	}

}
