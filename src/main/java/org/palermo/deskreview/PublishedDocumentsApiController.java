package org.palermo.deskreview;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewDocument;
import org.palermo.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A State's published review documents as JSON: public, and only what was published. */
@RestController
@Tag(name = "Published review documents")
class PublishedDocumentsApiController {

	private final PublicationService publications;

	private final CycleService cycle;

	PublishedDocumentsApiController(PublicationService publications, CycleService cycle) {
		this.publications = publications;
		this.cycle = cycle;
	}

	@GetMapping("/api/parties/{code}/reviews/{id}/documents")
	@Operation(
			summary = "The published list of observations and summary of one review of the State (404 when none is published)")
	PublishedJson documents(@PathVariable String code, @PathVariable long id) {
		CountryReview review = this.cycle.review(id);
		List<ReviewDocument> published = this.publications.publishedOf(List.of(id)).getOrDefault(id, List.of());
		if (!review.getStateUnderReview().equals(code) || published.isEmpty()) {
			throw new NotFoundException("publication");
		}
		return new PublishedJson(id, code, review.getCluster().name(),
				published.contains(ReviewDocument.LIST_OF_OBSERVATIONS) ? this.publications.publishedList(code, id)
						: null,
				published.contains(ReviewDocument.SUMMARY) ? this.publications.publishedSummary(code, id) : null);
	}

	/** One review's published documents; an unpublished one is null. */
	record PublishedJson(long reviewId, String stateUnderReview, String cluster,
			PublishedDocuments.PublishedList listOfObservations, PublishedDocuments.PublishedSummary summary) {
	}

}
