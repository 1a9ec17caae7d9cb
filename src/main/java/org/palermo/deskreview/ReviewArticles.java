package org.palermo.deskreview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.Reviewer;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.InstrumentService;

import org.springframework.stereotype.Component;

/**
 * The articles a review covers: those of its cluster, in the instruments its reviewing
 * States review, in reading order.
 */
@Component
class ReviewArticles {

	private final InstrumentService instruments;

	ReviewArticles(InstrumentService instruments) {
		this.instruments = instruments;
	}

	/** The articles one reviewing State reviews, by instrument. */
	Map<Instrument, List<Article>> reviewedBy(CountryReview review, String party) {
		Set<Instrument> theirs = new LinkedHashSet<>();
		for (Reviewer reviewer : review.getReviewers()) {
			if (reviewer.getPartyCode().equals(party)) {
				theirs.addAll(reviewer.getInstruments());
			}
		}
		return of(review, theirs);
	}

	/** Every article of the review, by instrument. */
	Map<Instrument, List<Article>> all(CountryReview review) {
		Set<Instrument> every = new LinkedHashSet<>();
		review.getReviewers().forEach((r) -> every.addAll(r.getInstruments()));
		return of(review, every);
	}

	private Map<Instrument, List<Article>> of(CountryReview review, Set<Instrument> instruments) {
		Map<Instrument, List<Article>> result = new LinkedHashMap<>();
		this.instruments.articlesByInstrument().forEach((instrument, articles) -> {
			if (instruments.contains(instrument)) {
				List<Article> inCluster = new ArrayList<>(
						articles.stream().filter((a) -> a.getCluster() == review.getCluster()).toList());
				if (!inCluster.isEmpty()) {
					result.put(instrument, inCluster);
				}
			}
		});
		return result;
	}

	static Article find(Map<Instrument, List<Article>> articles, long articleId) {
		return articles.values()
			.stream()
			.flatMap(List::stream)
			.filter((a) -> a.getId() == articleId)
			.findFirst()
			.orElseThrow(() -> new DeskReviewRefusedException("deskreview.error.articleNotReviewed"));
	}

}
