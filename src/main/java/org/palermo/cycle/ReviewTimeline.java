package org.palermo.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Each step of a review with its deadline and the date it was actually done. */
public final class ReviewTimeline {

	private ReviewTimeline() {
	}

	/** One step: its deadline, and when it was done (null while it is not). */
	public record Entry(ReviewStep step, LocalDate deadline, LocalDate doneOn) {
	}

	static List<Entry> of(CountryReview review, List<ReviewMember> people, List<PhaseChange> changes) {
		Map<ReviewStep, LocalDate> deadlines = review.getDeadlines();
		List<Entry> entries = new ArrayList<>();
		for (ReviewStep step : ReviewStep.values()) {
			LocalDate done = switch (step) {
				case FOCAL_POINTS_NAMED -> everyStateHas(review, people, ReviewRole.FOCAL_POINT);
				case EXPERTS_NAMED -> everyStateHas(review, people, ReviewRole.EXPERT);
				case PRELIMINARY_CONSULTATION -> left(changes, ReviewPhase.SELF_ASSESSMENT);
				case SELF_ASSESSMENT -> left(changes, ReviewPhase.SELF_ASSESSMENT);
				case WRITTEN_FEEDBACK -> left(changes, ReviewPhase.DESK_REVIEW);
				case DIALOGUE -> left(changes, ReviewPhase.DIALOGUE);
				case LIST_OF_OBSERVATIONS -> left(changes, ReviewPhase.LIST_OF_OBSERVATIONS);
				case SUMMARY -> left(changes, ReviewPhase.SUMMARY);
			};
			entries.add(new Entry(step, deadlines.get(step), done));
		}
		return entries;
	}

	/**
	 * When the last participating State got its first person in the role, if all have.
	 */
	private static LocalDate everyStateHas(CountryReview review, List<ReviewMember> people, ReviewRole role) {
		Set<String> states = new TreeSet<>(review.getReviewingStates());
		states.add(review.getStateUnderReview());
		Instant latest = null;
		for (String state : states) {
			Optional<Instant> first = people.stream()
				.filter((m) -> m.getRole() == role && m.getPartyCode().equals(state))
				.map(ReviewMember::getNamedAt)
				.min(Instant::compareTo);
			if (first.isEmpty()) {
				return null;
			}
			latest = (latest == null || first.get().isAfter(latest)) ? first.get() : latest;
		}
		return (latest != null) ? LocalDate.ofInstant(latest, ZoneOffset.UTC) : null;
	}

	private static LocalDate left(List<PhaseChange> changes, ReviewPhase phase) {
		return changes.stream()
			.filter((c) -> c.getFromPhase() == phase && c.getToPhase() != ReviewPhase.SUSPENDED
					&& c.getToPhase() != ReviewPhase.CANCELLED)
			.map((c) -> LocalDate.ofInstant(c.getChangedAt(), ZoneOffset.UTC))
			.findFirst()
			.orElse(null);
	}

}
