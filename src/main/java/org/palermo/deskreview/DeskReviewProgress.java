package org.palermo.deskreview;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.ReviewStep;
import org.palermo.cycle.StepProgress;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk review's word to the timeline: which reviewing States have sent their written
 * feedback, which States have cleared every item of the list of observations, and which
 * have cleared the summary's current text.
 */
@Component
class DeskReviewProgress implements StepProgress {

	private final FeedbackEntryRepository feedback;

	private final ObservationItemRepository items;

	private final ObservationClearanceRepository itemClearances;

	private final SummaryDocumentRepository summaries;

	private final SummaryClearanceRepository summaryClearances;

	DeskReviewProgress(FeedbackEntryRepository feedback, ObservationItemRepository items,
			ObservationClearanceRepository itemClearances, SummaryDocumentRepository summaries,
			SummaryClearanceRepository summaryClearances) {
		this.feedback = feedback;
		this.items = items;
		this.itemClearances = itemClearances;
		this.summaries = summaries;
		this.summaryClearances = summaryClearances;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> statesDone(CountryReview review, ReviewStep step) {
		return switch (step) {
			case WRITTEN_FEEDBACK -> this.feedback.findByReviewIdOrderById(review.getId())
				.stream()
				.filter((e) -> e.getStatus() == FeedbackStatus.SENT)
				.map(FeedbackEntry::getPartyCode)
				.collect(Collectors.toCollection(TreeSet::new));
			case LIST_OF_OBSERVATIONS -> clearedEveryItem(review);
			case SUMMARY -> this.summaries.findByReviewId(review.getId())
				.map((s) -> this.summaryClearances.findBySummaryIdAndWithdrawnAtIsNull(s.getId())
					.stream()
					.map(SummaryClearance::getPartyCode)
					.collect(Collectors.toCollection(TreeSet::new)))
				.orElseGet(TreeSet::new);
			default -> Set.of();
		};
	}

	private Set<String> clearedEveryItem(CountryReview review) {
		List<Long> ids = this.items.findByReviewIdOrderById(review.getId())
			.stream()
			.filter((i) -> !i.isRemoved())
			.map(ObservationItem::getId)
			.toList();
		if (ids.isEmpty()) {
			return Set.of();
		}
		Map<String, Long> clearedItems = this.itemClearances.findByItemIdInOrderById(ids)
			.stream()
			.filter(ObservationClearance::isActive)
			.collect(Collectors.groupingBy(ObservationClearance::getPartyCode,
					Collectors.mapping(ObservationClearance::getItemId,
							Collectors.collectingAndThen(Collectors.toSet(), (set) -> (long) set.size()))));
		Set<String> done = new TreeSet<>();
		clearedItems.forEach((party, count) -> {
			if (count == ids.size()) {
				done.add(party);
			}
		});
		return done;
	}

}
