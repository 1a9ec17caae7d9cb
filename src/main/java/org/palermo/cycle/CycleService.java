package org.palermo.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.palermo.audit.AuditService;
import org.palermo.instruments.ThematicCluster;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review cycle's front door: country reviews, their phases and deadlines. */
@Service
public class CycleService {

	/** Written feedback is due this long after the answers are received [practice]. */
	static final Period FEEDBACK_AFTER_RECEIPT = Period.ofMonths(6);

	private final CountryReviewRepository reviews;

	private final PhaseChangeRepository phaseChanges;

	private final ReplanRepository replans;

	private final AuditService audit;

	private final DeadlineDefaults deadlines;

	private final ReviewGroupMemberRepository groups;

	private final ReviewPolicy policy;

	private final ReviewMemberRepository members;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CycleService(CountryReviewRepository reviews, PhaseChangeRepository phaseChanges, ReplanRepository replans,
			AuditService audit, DeadlineDefaults deadlines, ReviewGroupMemberRepository groups, ReviewPolicy policy,
			ReviewMemberRepository members, ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.reviews = reviews;
		this.phaseChanges = phaseChanges;
		this.replans = replans;
		this.audit = audit;
		this.deadlines = deadlines;
		this.groups = groups;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** Records the review groups drawn by lot, replacing any earlier split. */
	@Transactional
	public void assignReviewGroups(Map<Integer, List<String>> membersByGroup, long drawingId) {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("members", this.groups.count());
		this.groups.deleteAllInBatch();
		membersByGroup.forEach((group, codes) -> codes
			.forEach((code) -> this.groups.save(new ReviewGroupMember(code, group, drawingId))));
		Map<String, Object> after = new LinkedHashMap<>();
		membersByGroup.forEach((group, codes) -> after.put("group " + group, codes));
		this.audit.record("review-groups.assigned", "review-groups", String.valueOf(drawingId), before, after);
	}

	/** The States of a review group, in code order. */
	@Transactional(readOnly = true)
	public List<String> membersOf(int reviewGroup) {
		return this.groups.findByReviewGroupOrderByPartyCodeAsc(reviewGroup)
			.stream()
			.map(ReviewGroupMember::getPartyCode)
			.toList();
	}

	/** The review group a State was drawn into, if any. */
	@Transactional(readOnly = true)
	public Optional<Integer> reviewGroupOf(String partyCode) {
		return this.groups.findById(partyCode).map(ReviewGroupMember::getReviewGroup);
	}

	@Transactional(readOnly = true)
	public CountryReview review(long id) {
		return this.reviews.findById(id).orElseThrow(() -> new NotFoundException("review"));
	}

	@Transactional(readOnly = true)
	public List<CountryReview> reviewsOfDrawing(long drawingId) {
		return this.reviews.findByDrawingIdOrderByStateUnderReviewAsc(drawingId);
	}

	/** The reviews of a State under review, cluster by cluster. */
	@Transactional(readOnly = true)
	public List<CountryReview> reviewsOf(String stateUnderReview) {
		return this.reviews.findByStateUnderReviewOrderByClusterAsc(stateUnderReview);
	}

	/** The reviews in which a State is a reviewing State. */
	@Transactional(readOnly = true)
	public List<CountryReview> reviewsBy(String reviewingState) {
		return this.reviews.findReviewedBy(reviewingState);
	}

	/** Every review, newest cycle first, then by State under review and cluster. */
	@Transactional(readOnly = true)
	public List<CountryReview> all() {
		return this.reviews.findAllOrdered();
	}

	/**
	 * Of these States, those with an active review on the cluster in the current cycle: a
	 * drawing for them would open a second one.
	 */
	@Transactional(readOnly = true)
	public List<String> statesWithActiveReview(Collection<String> states, ThematicCluster cluster) {
		List<String> keys = states.stream()
			.map((code) -> CountryReview.activeKey(code, cluster, CountryReview.CURRENT_CYCLE))
			.toList();
		return this.reviews.findByActiveKeyIn(keys).stream().map(CountryReview::getStateUnderReview).sorted().toList();
	}

	/**
	 * Opens the review of a State on one cluster with its reviewing States and the
	 * default deadlines; a second active review of the same State and cluster is refused.
	 */
	@Transactional
	public CountryReview openReview(String stateUnderReview, ThematicCluster cluster, Integer reviewGroup,
			LocalDate startedOn, List<Reviewer> reviewers, Long drawingId) {
		if (this.reviews
			.existsByActiveKey(CountryReview.activeKey(stateUnderReview, cluster, CountryReview.CURRENT_CYCLE))) {
			throw new ReviewActionRefusedException("review.error.duplicate");
		}
		CountryReview review = this.reviews.saveAndFlush(new CountryReview(stateUnderReview, cluster, reviewGroup,
				startedOn, reviewers, this.deadlines.from(startedOn), drawingId));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("stateUnderReview", stateUnderReview);
		after.put("cluster", cluster.name());
		after.put("phase", review.getPhase().name());
		after.put("reviewers", review.getReviewingStates());
		this.audit.record("review.opened", "country-review", String.valueOf(review.getId()), null, after);
		this.phaseChanges.save(new PhaseChange(review.getId(), null, review.getPhase(), null,
				AuditService.currentActor(), Instant.now(this.clock)));
		this.events.publishEvent(
				new ReviewOpened(review.getId(), stateUnderReview, cluster, reviewGroup, review.getReviewingStates()));
		return review;
	}

	/**
	 * Records when the answers to the review's questionnaire were submitted (null:
	 * reopened).
	 */
	@Transactional
	void recordAnswersSubmitted(long id, Instant at) {
		CountryReview review = review(id);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("answersSubmittedAt", review.getAnswersSubmittedAt());
		review.recordAnswersSubmitted(at);
		this.reviews.saveAndFlush(review);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("answersSubmittedAt", at);
		this.audit.record((at != null) ? "review.answers-submitted" : "review.answers-reopened", "country-review",
				String.valueOf(id), before, after);
	}

	/** Opens the reviews of a revealed drawing; a review it already opened is kept. */
	@Transactional
	void openDrawn(ReviewsDrawn drawn) {
		List<String> opened = reviewsOfDrawing(drawn.drawingId()).stream()
			.map(CountryReview::getStateUnderReview)
			.toList();
		for (ReviewsDrawn.DrawnReview review : drawn.reviews()) {
			if (!opened.contains(review.stateUnderReview())) {
				openReview(review.stateUnderReview(), drawn.cluster(), drawn.reviewGroup(), drawn.drawnOn(),
						review.reviewers().stream().map(ReviewsDrawn.DrawnReviewer::toReviewer).toList(),
						drawn.drawingId());
			}
		}
	}

	/**
	 * Applies a revealed redraw: the review's reviewing States become those of the new
	 * draw.
	 */
	@Transactional
	public CountryReview replaceReviewers(long id, List<Reviewer> reviewers, long drawingId) {
		CountryReview review = review(id);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("reviewers", review.getReviewingStates());
		review.replaceReviewers(reviewers);
		this.reviews.saveAndFlush(review);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("reviewers", review.getReviewingStates());
		after.put("redrawDrawing", drawingId);
		this.audit.record("review.redrawn", "country-review", String.valueOf(id), before, after);
		return review;
	}

	/**
	 * The secretariat moves a review's deadlines, for a reason; a stale form is refused,
	 * never applied, and so is a timetable out of order or before the start.
	 */
	@Transactional
	public CountryReview replan(long id, long seenVersion, Map<ReviewStep, LocalDate> newDeadlines, String reason) {
		CountryReview review = guarded(id, seenVersion, ReviewAction.REPLAN);
		String why = CountryReview.requireReason(reason);
		ReviewPlan.check(review.getStartedOn(), newDeadlines);
		Map<ReviewStep, LocalDate> old = review.getDeadlines();
		String changes = Replan.describe(old, newDeadlines);
		if (changes.isEmpty()) {
			throw new ReviewActionRefusedException("plan.error.nothingChanged");
		}
		review.replan(newDeadlines);
		this.reviews.saveAndFlush(review);
		this.replans.save(new Replan(id, why, changes, AuditService.currentActor(), Instant.now(this.clock)));
		Map<String, Object> after = deadlineState(review.getDeadlines());
		after.put("reason", why);
		this.audit.record("review.replanned", "country-review", String.valueOf(id), deadlineState(old), after);
		this.events.publishEvent(new ReviewReplanned(id, why));
		return review;
	}

	/** Moves the review on to the next phase of the procedure. */
	@Transactional
	public CountryReview advance(long id, long seenVersion) {
		CountryReview advanced = changePhase(id, seenVersion, null, (review) -> {
			if (review.getPhase() == ReviewPhase.NAMING_PEOPLE && this.members.findByReviewIdAndEndedAtIsNull(id)
				.stream()
				.noneMatch((m) -> m.getRole() == ReviewRole.FOCAL_POINT
						&& m.getPartyCode().equals(review.getStateUnderReview()))) {
				throw new ReviewActionRefusedException("phase.error.focalPointMissing");
			}
			return review.advance();
		});
		if (advanced.getPhase() == ReviewPhase.DESK_REVIEW) {
			feedbackFromReceipt(advanced);
		}
		return advanced;
	}

	/**
	 * Each reviewing State has six months from receiving the answers for its written
	 * feedback: answers received late move that deadline (never earlier), and the later
	 * steps with it when they would come before it. Audited and told to the people.
	 */
	private void feedbackFromReceipt(CountryReview review) {
		LocalDate due = today().plus(FEEDBACK_AFTER_RECEIPT);
		Map<ReviewStep, LocalDate> old = review.getDeadlines();
		if (old.get(ReviewStep.WRITTEN_FEEDBACK) == null || !old.get(ReviewStep.WRITTEN_FEEDBACK).isBefore(due)) {
			return;
		}
		Map<ReviewStep, LocalDate> moved = new java.util.EnumMap<>(old);
		moved.put(ReviewStep.WRITTEN_FEEDBACK, due);
		LocalDate previous = due;
		for (ReviewStep later : List.of(ReviewStep.DIALOGUE, ReviewStep.LIST_OF_OBSERVATIONS, ReviewStep.SUMMARY)) {
			if (moved.get(later) != null && moved.get(later).isBefore(previous)) {
				moved.put(later, previous);
			}
			previous = (moved.get(later) != null) ? moved.get(later) : previous;
		}
		review.replan(moved);
		this.reviews.saveAndFlush(review);
		Map<String, Object> after = deadlineState(review.getDeadlines());
		after.put("reason", "written feedback due six months from receipt of the answers");
		this.audit.record("review.deadlines.fromReceipt", "country-review", String.valueOf(review.getId()),
				deadlineState(old), after);
		this.events.publishEvent(new ReviewReplanned(review.getId(), "feedback from receipt"));
	}

	@Transactional
	public CountryReview suspend(long id, long seenVersion, String reason) {
		return changePhase(id, seenVersion, reason, (review) -> {
			review.suspend(reason);
			return ReviewPhase.SUSPENDED;
		});
	}

	@Transactional
	public CountryReview resume(long id, long seenVersion) {
		return changePhase(id, seenVersion, null, CountryReview::resume);
	}

	@Transactional
	public CountryReview close(long id, long seenVersion) {
		return changePhase(id, seenVersion, null, (review) -> {
			review.close();
			return ReviewPhase.CLOSED;
		});
	}

	@Transactional
	public CountryReview cancel(long id, long seenVersion, String reason) {
		return changePhase(id, seenVersion, reason, (review) -> {
			review.cancel(reason);
			return ReviewPhase.CANCELLED;
		});
	}

	private CountryReview changePhase(long id, long seenVersion, String reason,
			Function<CountryReview, ReviewPhase> action) {
		CountryReview review = guarded(id, seenVersion, ReviewAction.CHANGE_PHASE);
		ReviewPhase from = review.getPhase();
		ReviewPhase to = action.apply(review);
		this.reviews.saveAndFlush(review);
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		this.phaseChanges
			.save(new PhaseChange(id, from, to, why, AuditService.currentActor(), Instant.now(this.clock)));
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("phase", from.name());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("phase", to.name());
		after.put("reason", why);
		this.audit.record("review.phase.changed", "country-review", String.valueOf(id), before, after);
		this.events.publishEvent(new ReviewPhaseChanged(id, from, to, why));
		return review;
	}

	/**
	 * The review, if the signed-in person may act on it and nobody changed it meanwhile.
	 */
	private CountryReview guarded(long id, long seenVersion, ReviewAction action) {
		CountryReview review = review(id);
		if (!this.policy.may(AuditService.currentActor(), action, id)) {
			throw new AccessDeniedException("review " + id);
		}
		if (review.getVersion() != seenVersion) {
			throw new ConcurrentEditException("review " + id);
		}
		return review;
	}

	/** The review's phase changes, oldest first: its timeline. */
	@Transactional(readOnly = true)
	public List<PhaseChange> phaseChanges(long id) {
		return this.phaseChanges.findByReviewIdOrderByChangedAtAscIdAsc(id);
	}

	/** The review's re-plannings, newest first. */
	@Transactional(readOnly = true)
	public List<Replan> replans(long id) {
		return this.replans.findByReviewIdOrderByChangedAtDescIdDesc(id);
	}

	LocalDate today() {
		return LocalDate.ofInstant(Instant.now(this.clock), this.clock.getZone());
	}

	private static Map<String, Object> deadlineState(Map<ReviewStep, LocalDate> deadlines) {
		Map<String, Object> state = new LinkedHashMap<>();
		deadlines.forEach((step, date) -> state.put(step.name(), date.toString()));
		return state;
	}

}
