package org.palermo.cycle;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person named to a review, and a review's people when its deadlines move: the
 * notifications module writes to each in their own language. The text says only what a
 * public page says (State, cluster) and links to the review.
 */
@Component
class ReviewMail {

	private final CycleService cycle;

	private final ReviewMemberRepository members;

	private final ApplicationEventPublisher events;

	ReviewMail(CycleService cycle, ReviewMemberRepository members, ApplicationEventPublisher events) {
		this.cycle = cycle;
		this.members = members;
		this.events = events;
	}

	/** The person named to a review is told in which role, for which State, and where. */
	@ApplicationModuleListener
	void on(ReviewMemberNamed named) {
		CountryReview review = this.cycle.review(named.reviewId());
		this.events.publishEvent(new NotificationRequested(Set.of(named.accountId()), NotificationKind.INVITED,
				"notifications.review.named",
				List.of("key:" + named.role().labelKey(), "state:" + named.partyCode(),
						"state:" + review.getStateUnderReview(), review.getCluster().name()),
				"/reviews/" + review.getId()));
	}

	@ApplicationModuleListener
	void on(ReviewReplanned replanned) {
		CountryReview review = this.cycle.review(replanned.reviewId());
		Set<Long> people = this.members.findByReviewIdAndEndedAtIsNull(review.getId())
			.stream()
			.map(ReviewMember::getAccountId)
			.collect(Collectors.toSet());
		if (!people.isEmpty()) {
			this.events.publishEvent(
					new NotificationRequested(people, NotificationKind.REVIEW_CHANGED, "notifications.review.replanned",
							List.of("state:" + review.getStateUnderReview(), review.getCluster().name()),
							"/reviews/" + review.getId()));
		}
	}

}
