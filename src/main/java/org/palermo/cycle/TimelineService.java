package org.palermo.cycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.palermo.instruments.ThematicCluster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of a review: each step, its deadline, when it was done, who is awaited (by
 * State and role, never by name or contact) and any delay; the secretariat's view of
 * every review by step; and the public, dates-only timeline. Delays are shown plainly,
 * never ranked.
 */
@Service
public class TimelineService {

	private final CycleService cycle;

	private final ReviewMemberRepository members;

	private final DeadlineService deadlines;

	private final ReviewIndex index;

	private final List<StepProgress> progress;

	private final PhaseChangeRepository phaseChanges;

	TimelineService(CycleService cycle, ReviewMemberRepository members, DeadlineService deadlines, ReviewIndex index,
			List<StepProgress> progress, PhaseChangeRepository phaseChanges) {
		this.cycle = cycle;
		this.members = members;
		this.phaseChanges = phaseChanges;
		this.deadlines = deadlines;
		this.index = index;
		this.progress = progress;
	}

	/**
	 * Who is awaited for a step: a State's people in a role, or the secretariat (no
	 * State).
	 */
	public record Awaited(String partyCode, ReviewRole role) {

		public boolean secretariat() {
			return this.partyCode == null;
		}

	}

	/**
	 * One step of the timeline: the deadline, when it was done, the days past the
	 * deadline (still open or done late), the States done with their part and those
	 * awaited.
	 */
	public record Step(ReviewStep step, LocalDate deadline, LocalDate doneOn, boolean current, long daysLate,
			List<String> statesDone, List<Awaited> awaited) {

		/** Not done and its deadline passed, in a review that is still working. */
		public boolean overdue() {
			return this.doneOn == null && this.daysLate > 0;
		}

		/** Done, but after its deadline. */
		public boolean doneLate() {
			return this.doneOn != null && this.daysLate > 0;
		}

	}

	/** The whole timeline of one review, for its people and the secretariat. */
	public record Timeline(CountryReview review, List<Step> steps) {
	}

	/** One review's steps and dates only: what the public may see. */
	public record PublicTimeline(CountryReview review, List<ReviewTimeline.Entry> steps) {
	}

	/** What the secretariat filters the dashboard by; every part optional. */
	public record StepFilter(ThematicCluster cluster, ReviewStep step, boolean overdue) {
	}

	/**
	 * The dashboard: how many working reviews are at each step, and the filtered list.
	 */
	public record Dashboard(StepFilter filter, Map<ReviewStep, Long> counts, List<WorkService.WorkItem> rows) {

		public long max() {
			return Math.max(1, this.counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
		}

	}

	/** The steps a working review can be at, in the order of the procedure. */
	public static List<ReviewStep> workingSteps() {
		return ReviewPhase.PROCEDURE.stream().map(ReviewPhase::step).distinct().toList();
	}

	/** The full timeline of one review. */
	@Transactional(readOnly = true)
	public Timeline of(long reviewId) {
		CountryReview review = this.cycle.review(reviewId);
		List<ReviewMember> everyone = this.members.findByReviewIdOrderByNamedAtAsc(reviewId);
		List<ReviewMember> active = everyone.stream().filter(ReviewMember::isActive).toList();
		Map<ReviewStep, Set<Long>> waiting = new EnumMap<>(ReviewStep.class);
		this.deadlines.pendingFor(review).forEach((p) -> waiting.put(p.step(), p.people()));
		LocalDate today = this.cycle.today();
		boolean working = review.getPhase().isWorking();
		List<Step> steps = new ArrayList<>();
		for (ReviewTimeline.Entry entry : ReviewTimeline.of(review, everyone, this.cycle.phaseChanges(reviewId))) {
			Set<String> done = new TreeSet<>();
			for (StepProgress contributor : this.progress) {
				done.addAll(contributor.statesDone(review, entry.step()));
			}
			Set<Awaited> awaited = new LinkedHashSet<>();
			if (entry.doneOn() == null) {
				for (Long person : waiting.getOrDefault(entry.step(), Set.of())) {
					List<ReviewMember> places = active.stream().filter((m) -> m.getAccountId().equals(person)).toList();
					if (places.isEmpty()) {
						awaited.add(new Awaited(null, null));
					}
					places.stream()
						.filter((m) -> !done.contains(m.getPartyCode()))
						.forEach((m) -> awaited.add(new Awaited(m.getPartyCode(), m.getRole())));
				}
			}
			if (entry.doneOn() == null && entry.step() == review.currentStep() && working) {
				// A State whose part is awaited but who has nobody named cannot act: said
				// plainly.
				for (String state : statesOwing(review, entry.step())) {
					if (!done.contains(state) && active.stream().noneMatch((m) -> m.getPartyCode().equals(state))) {
						awaited.add(new Awaited(state, null));
					}
				}
			}
			long late = 0;
			if (entry.deadline() != null) {
				if (entry.doneOn() != null) {
					late = Math.max(0, ChronoUnit.DAYS.between(entry.deadline(), entry.doneOn()));
				}
				else if (working) {
					late = Math.max(0, ChronoUnit.DAYS.between(entry.deadline(), today));
				}
			}
			List<Awaited> sorted = awaited.stream()
				.sorted(java.util.Comparator.comparing((Awaited a) -> (a.partyCode() == null) ? "" : a.partyCode())
					.thenComparing((a) -> (a.role() == null) ? -1 : a.role().ordinal()))
				.toList();
			steps.add(new Step(entry.step(), entry.deadline(), entry.doneOn(), entry.step() == review.currentStep(),
					late, List.copyOf(done), sorted));
		}
		return new Timeline(review, steps);
	}

	/** The States each of whom owes its part of a step. */
	private static List<String> statesOwing(CountryReview review, ReviewStep step) {
		List<String> all = new ArrayList<>();
		all.add(review.getStateUnderReview());
		all.addAll(review.getReviewingStates());
		return switch (step) {
			case WRITTEN_FEEDBACK -> review.getReviewingStates();
			case SELF_ASSESSMENT -> List.of(review.getStateUnderReview());
			case LIST_OF_OBSERVATIONS, SUMMARY -> all;
			default -> List.of();
		};
	}

	/** The public timelines of the reviews of a State under review: steps and dates. */
	@Transactional(readOnly = true)
	public List<PublicTimeline> publicTimelinesOf(String stateUnderReview) {
		List<CountryReview> reviews = this.cycle.reviewsOf(stateUnderReview);
		Map<Long, List<ReviewTimeline.Entry>> entries = stepDates(reviews);
		return reviews.stream().map((review) -> new PublicTimeline(review, entries.get(review.getId()))).toList();
	}

	/**
	 * The steps of these reviews with their deadlines and done dates, by review id: two
	 * queries for all of them, however many.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ReviewTimeline.Entry>> stepDates(List<CountryReview> reviews) {
		if (reviews.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = reviews.stream().map(CountryReview::getId).toList();
		Map<Long, List<ReviewMember>> people = new HashMap<>();
		this.members.findByReviewIdInOrderByNamedAtAsc(ids)
			.forEach((m) -> people.computeIfAbsent(m.getReviewId(), (id) -> new ArrayList<>()).add(m));
		Map<Long, List<PhaseChange>> changes = new HashMap<>();
		this.phaseChanges.findByReviewIdInOrderByChangedAtAscIdAsc(ids)
			.forEach((c) -> changes.computeIfAbsent(c.getReviewId(), (id) -> new ArrayList<>()).add(c));
		Map<Long, List<ReviewTimeline.Entry>> entries = new HashMap<>();
		for (CountryReview review : reviews) {
			entries.put(review.getId(), ReviewTimeline.of(review, people.getOrDefault(review.getId(), List.of()),
					changes.getOrDefault(review.getId(), List.of())));
		}
		return entries;
	}

	/** Every working review by step, filtered; the counts ignore the step filter. */
	@Transactional(readOnly = true)
	public Dashboard dashboard(StepFilter filter) {
		List<WorkService.WorkItem> working = this.index
			.rows(new ReviewIndex.Filter(null, null, filter.cluster(), null, filter.overdue()))
			.stream()
			.filter((row) -> row.review().getPhase().isWorking())
			.toList();
		Map<ReviewStep, Long> counts = new EnumMap<>(ReviewStep.class);
		workingSteps().forEach((s) -> counts.put(s, 0L));
		working.forEach((row) -> counts.merge(row.nextStep(), 1L, Long::sum));
		List<WorkService.WorkItem> rows = working.stream()
			.filter((row) -> filter.step() == null || row.nextStep() == filter.step())
			.toList();
		return new Dashboard(filter, counts, rows);
	}

}
