package org.palermo.cycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palermo.accounts.Account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work": the reviews a person takes part in, with their role, the next step and its
 * deadline, and what awaits them. Overdue is shown plainly, never ranked.
 */
@Service
public class WorkService {

	private final CountryReviewRepository reviews;

	private final ReviewMemberRepository members;

	private final ReviewPolicy policy;

	private final CycleService cycle;

	WorkService(CountryReviewRepository reviews, ReviewMemberRepository members, ReviewPolicy policy,
			CycleService cycle) {
		this.reviews = reviews;
		this.members = members;
		this.policy = policy;
		this.cycle = cycle;
	}

	/** The work of the signed-in person (by user name). */
	@Transactional(readOnly = true)
	public MyWork of(String username) {
		Optional<Account> found = this.policy.person(username);
		if (found.isEmpty()) {
			return new MyWork(List.of(), List.of());
		}
		Account person = found.get();
		Map<Long, List<ReviewMember>> mine = this.policy.membershipsOf(person);
		List<CountryReview> theirs = this.reviews.findAllById(mine.keySet());
		Map<Long, List<ReviewMember>> everyone = new java.util.HashMap<>();
		this.members.findByReviewIdInAndEndedAtIsNull(mine.keySet())
			.forEach((m) -> everyone.computeIfAbsent(m.getReviewId(), (id) -> new ArrayList<>()).add(m));
		LocalDate today = this.cycle.today();
		List<WorkItem> items = new ArrayList<>();
		List<Awaiting> actions = new ArrayList<>();
		for (CountryReview review : theirs) {
			List<ReviewMember> places = mine.get(review.getId());
			ReviewMember place = places.get(0);
			items.add(item(review, place.getRole(), place.getPartyCode(), today));
			actions.addAll(awaiting(person, review, places, everyone.getOrDefault(review.getId(), List.of())));
		}
		items.sort(Comparator.comparing((WorkItem i) -> i.review().getStateUnderReview())
			.thenComparing((i) -> i.review().getCluster()));
		actions.sort(Comparator.comparing(Awaiting::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Awaiting::reviewId));
		return new MyWork(items, actions);
	}

	static WorkItem item(CountryReview review, ReviewRole role, String party, LocalDate today) {
		LocalDate deadline = review.getCurrentDeadline();
		Long daysLeft = (deadline != null) ? ChronoUnit.DAYS.between(today, deadline) : null;
		return new WorkItem(review, role, party, review.currentStep(), deadline, daysLeft);
	}

	private List<Awaiting> awaiting(Account person, CountryReview review, List<ReviewMember> places,
			List<ReviewMember> everyone) {
		List<Awaiting> actions = new ArrayList<>();
		Map<ReviewStep, LocalDate> deadlines = review.getDeadlines();
		boolean focalPoint = places.stream().anyMatch((p) -> p.getRole() == ReviewRole.FOCAL_POINT);
		if (focalPoint && review.getPhase() == ReviewPhase.NAMING_PEOPLE
				&& ReviewPolicy.decide(person, places, ReviewAction.NAME_EXPERT, review)) {
			String party = places.stream()
				.filter((p) -> p.getRole() == ReviewRole.FOCAL_POINT)
				.findFirst()
				.orElseThrow()
				.getPartyCode();
			boolean hasExperts = everyone.stream()
				.anyMatch((m) -> m.getRole() == ReviewRole.EXPERT && m.getPartyCode().equals(party));
			if (!hasExperts) {
				actions
					.add(new Awaiting(WorkKind.NAME_EXPERTS, review.getId(), deadlines.get(ReviewStep.EXPERTS_NAMED)));
			}
		}
		for (WorkKind kind : List.of(WorkKind.ANSWER_QUESTIONNAIRE, WorkKind.CLEAR_QUESTIONNAIRE,
				WorkKind.GIVE_FEEDBACK, WorkKind.CLEAR_FEEDBACK)) {
			if (ReviewPolicy.decide(person, places, kind.action(), review)) {
				actions.add(new Awaiting(kind, review.getId(), deadlines.get(review.currentStep())));
			}
		}
		return actions;
	}

	/** A person's work: reviews and what awaits them. */
	public record MyWork(List<WorkItem> reviews, List<Awaiting> actions) {
	}

	/** One review a person takes part in, with the step it works towards. */
	public record WorkItem(CountryReview review, ReviewRole role, String party, ReviewStep nextStep, LocalDate deadline,
			Long daysLeft) {

		public boolean overdue() {
			return this.daysLeft != null && this.daysLeft < 0 && this.review.getPhase().isWorking();
		}

		public long daysOverdue() {
			return (this.daysLeft != null) ? -this.daysLeft : 0;
		}

	}

	/** Something that awaits the person on one review, by a date. */
	public record Awaiting(WorkKind kind, long reviewId, LocalDate due) {
	}

	/** The kinds of work that can await someone. */
	public enum WorkKind {

		NAME_EXPERTS(ReviewAction.NAME_EXPERT), ANSWER_QUESTIONNAIRE(ReviewAction.ANSWER_QUESTIONNAIRE),
		CLEAR_QUESTIONNAIRE(ReviewAction.CLEAR_QUESTIONNAIRE), GIVE_FEEDBACK(ReviewAction.GIVE_FEEDBACK),
		CLEAR_FEEDBACK(ReviewAction.CLEAR_FEEDBACK);

		private final ReviewAction action;

		WorkKind(ReviewAction action) {
			this.action = action;
		}

		ReviewAction action() {
			return this.action;
		}

		public String labelKey() {
			return "work.kind." + name();
		}

	}

}
