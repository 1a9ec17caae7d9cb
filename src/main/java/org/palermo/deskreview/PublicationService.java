package org.palermo.deskreview;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewDocument;
import org.palermo.cycle.ReviewDocumentPublicationDecided;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication's front door: the State under review's focal point decides per document; a
 * published document is the snapshot of its agreed text, and it is all the public ever
 * reads of a review.
 */
@Service
public class PublicationService {

	private final ReviewPublicationRepository publications;

	private final ObservationService observations;

	private final SummaryService summaries;

	private final CycleService cycle;

	private final ReviewPolicy policy;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final DeskReviewSearch search;

	PublicationService(ReviewPublicationRepository publications, ObservationService observations,
			SummaryService summaries, CycleService cycle, ReviewPolicy policy, AuditService audit,
			ApplicationEventPublisher events, JsonMapper json, Clock clock, DeskReviewSearch search) {
		this.search = search;
		this.publications = publications;
		this.observations = observations;
		this.summaries = summaries;
		this.cycle = cycle;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/** The decisions taken so far, for the review's people and the secretariat. */
	@Transactional(readOnly = true)
	public PublicationView view(long reviewId, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		if (!this.policy.may(viewer, ReviewAction.READ_OBSERVATIONS, reviewId)) {
			throw new AccessDeniedException("review " + reviewId);
		}
		Map<ReviewDocument, ReviewPublication> decided = new EnumMap<>(ReviewDocument.class);
		this.publications.findByReviewId(reviewId).forEach((p) -> decided.put(p.getDocument(), p));
		ObservationService.ObservationsView list = this.observations.view(reviewId, viewer);
		Map<ReviewDocument, Boolean> ready = new EnumMap<>(ReviewDocument.class);
		ready.put(ReviewDocument.ANSWERS, review.getAnswersSubmittedAt() != null);
		ready.put(ReviewDocument.LIST_OF_OBSERVATIONS, list.itemCount() > 0 && list.agreedCount() == list.itemCount());
		ready.put(ReviewDocument.SUMMARY, this.summaries.agreed(reviewId));
		return new PublicationView(review, decided, ready, this.policy.may(viewer, ReviewAction.PUBLISH, reviewId));
	}

	/**
	 * The focal point of the State under review publishes a document (only once every
	 * State agreed it) or withdraws it. {@code version}: of the decision read, none if
	 * none was taken.
	 */
	@Transactional
	public ReviewPublication decide(long reviewId, ReviewDocument document, boolean publish, Long version,
			String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		if (!this.policy.may(viewer, ReviewAction.PUBLISH, reviewId)) {
			throw new AccessDeniedException("review " + reviewId);
		}
		if (document == null) {
			throw new DeskReviewRefusedException("publication.error.document");
		}
		ReviewPublication publication = this.publications.findByReviewIdAndDocument(reviewId, document).orElse(null);
		if (publication == null) {
			if (version != null) {
				throw new ConcurrentEditException("publication " + reviewId);
			}
			publication = new ReviewPublication(reviewId, document);
		}
		else if (version == null || version != publication.getVersion()) {
			throw new ConcurrentEditException("publication " + reviewId);
		}
		boolean before = publication.isPublished();
		Instant now = Instant.now(this.clock);
		if (publish) {
			publication.publish(snapshot(review, document, viewer, now), viewer, now);
		}
		else {
			publication.withdraw(viewer, now);
		}
		ReviewPublication saved;
		try {
			saved = this.publications.saveAndFlush(publication);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// Two first decisions at the same moment: the other one was kept.
			throw new ConcurrentEditException("publication " + reviewId);
		}
		this.audit.record(publish ? "publication.publish" : "publication.withdraw", "ReviewPublication",
				reviewId + ":" + document.name(), Map.of("published", before), Map.of("published", publish));
		this.events.publishEvent(new ReviewDocumentPublicationDecided(reviewId, review.getStateUnderReview(), document,
				publish, viewer, now));
		this.search.decided(saved);
		return saved;
	}

	private String snapshot(CountryReview review, ReviewDocument document, String viewer, Instant now) {
		return switch (document) {
			// The answers are the questionnaires module's; only submitted answers can be
			// published.
			case ANSWERS -> {
				if (review.getAnswersSubmittedAt() == null) {
					throw new DeskReviewRefusedException("publication.error.answersNotSubmitted");
				}
				yield null;
			}
			case LIST_OF_OBSERVATIONS -> {
				ObservationService.ObservationsView list = this.observations.view(review.getId(), viewer);
				if (list.itemCount() == 0 || list.agreedCount() != list.itemCount()) {
					throw new DeskReviewRefusedException("publication.error.listNotAgreed");
				}
				List<PublishedDocuments.PublishedItem> items = list.articles()
					.stream()
					.flatMap((g) -> g.items()
						.stream()
						.map((v) -> new PublishedDocuments.PublishedItem(g.instrument().name(), g.article().getId(),
								g.article().getNumber(), v.item().getType().name(), v.item().getBody())))
					.toList();
				yield this.json.writeValueAsString(new PublishedDocuments.PublishedList(now, items));
			}
			case SUMMARY -> {
				if (!this.summaries.agreed(review.getId())) {
					throw new DeskReviewRefusedException("publication.error.summaryNotAgreed");
				}
				SummaryService.SummaryView summary = this.summaries.view(review.getId(), viewer);
				Map<String, String> texts = new LinkedHashMap<>();
				texts.put(summary.summary().getSourceLanguage(), summary.summary().getBody());
				// Only translations of the agreed text go out; stale ones stay inside.
				summary.translations()
					.stream()
					.filter((t) -> !t.isStaleAgainst(summary.summary()))
					.forEach((t) -> texts.put(t.getLanguage(), t.getBody()));
				yield this.json.writeValueAsString(
						new PublishedDocuments.PublishedSummary(now, summary.summary().getSourceLanguage(), texts));
			}
		};
	}

	/** The published list of one review of the State (404 unless published). */
	@Transactional(readOnly = true)
	public PublishedDocuments.PublishedList publishedList(String stateCode, long reviewId) {
		return this.json.readValue(published(stateCode, reviewId, ReviewDocument.LIST_OF_OBSERVATIONS).getContent(),
				PublishedDocuments.PublishedList.class);
	}

	/** The published summary of one review of the State (404 unless published). */
	@Transactional(readOnly = true)
	public PublishedDocuments.PublishedSummary publishedSummary(String stateCode, long reviewId) {
		return this.json.readValue(published(stateCode, reviewId, ReviewDocument.SUMMARY).getContent(),
				PublishedDocuments.PublishedSummary.class);
	}

	/** Which documents of these reviews are published. */
	@Transactional(readOnly = true)
	public Map<Long, List<ReviewDocument>> publishedOf(List<Long> reviewIds) {
		Map<Long, List<ReviewDocument>> result = new LinkedHashMap<>();
		if (reviewIds.isEmpty()) {
			return result;
		}
		for (ReviewPublication p : this.publications.findByReviewIdInAndPublishedTrue(reviewIds)) {
			if (p.getDocument() != ReviewDocument.ANSWERS) {
				result.computeIfAbsent(p.getReviewId(), (id) -> new java.util.ArrayList<>()).add(p.getDocument());
			}
		}
		result.values().forEach((l) -> l.sort(null));
		return result;
	}

	private ReviewPublication published(String stateCode, long reviewId, ReviewDocument document) {
		Optional<ReviewPublication> publication = this.publications.findByReviewIdAndDocument(reviewId, document)
			.filter(ReviewPublication::isPublished)
			.filter((p) -> p.getContent() != null);
		CountryReview review = this.cycle.review(reviewId);
		if (publication.isEmpty() || !review.getStateUnderReview().equals(stateCode)) {
			throw new NotFoundException("publication");
		}
		return publication.get();
	}

	/** What the publication page shows. */
	public record PublicationView(CountryReview review, Map<ReviewDocument, ReviewPublication> decisions,
			Map<ReviewDocument, Boolean> ready, boolean mayPublish) {

		public List<ReviewDocument> documents() {
			return List.of(ReviewDocument.values());
		}

	}

}
