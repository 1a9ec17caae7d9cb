package org.palermo.cycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.audit.AuditService;
import org.palermo.instruments.ThematicCluster;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review cycle's front door. */
@Service
public class CycleService {

	private final CountryReviewRepository reviews;

	private final AuditService audit;

	private final DeadlineDefaults deadlines;

	private final ReviewGroupMemberRepository groups;

	CycleService(CountryReviewRepository reviews, AuditService audit, DeadlineDefaults deadlines,
			ReviewGroupMemberRepository groups) {
		this.reviews = reviews;
		this.audit = audit;
		this.deadlines = deadlines;
		this.groups = groups;
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
	public java.util.Optional<Integer> reviewGroupOf(String partyCode) {
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

	/**
	 * Applies a revealed redraw: the review's reviewing States become those of the new
	 * draw.
	 */
	@Transactional
	public CountryReview replaceReviewers(long id, List<Reviewer> reviewers, long drawingId) {
		CountryReview review = review(id);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("reviewers", review.getReviewers().stream().map(Reviewer::getPartyCode).toList());
		review.replaceReviewers(reviewers);
		this.reviews.saveAndFlush(review);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("reviewers", reviewers.stream().map(Reviewer::getPartyCode).toList());
		after.put("redrawDrawing", drawingId);
		this.audit.record("review.redrawn", "country-review", String.valueOf(id), before, after);
		return review;
	}

	/**
	 * The secretariat moves a review's deadlines; a stale form is refused, never applied.
	 */
	@Transactional
	public CountryReview replan(long id, long seenVersion, Map<ReviewStep, LocalDate> newDeadlines) {
		CountryReview review = review(id);
		if (review.getVersion() != seenVersion) {
			throw new ConcurrentEditException("review " + id);
		}
		Map<String, Object> before = deadlineState(review.getDeadlines());
		review.replan(newDeadlines);
		this.reviews.saveAndFlush(review);
		this.audit.record("review.replanned", "country-review", String.valueOf(id), before,
				deadlineState(review.getDeadlines()));
		return review;
	}

	private static Map<String, Object> deadlineState(Map<ReviewStep, LocalDate> deadlines) {
		Map<String, Object> state = new LinkedHashMap<>();
		deadlines.forEach((step, date) -> state.put(step.name(), date.toString()));
		return state;
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

	/**
	 * Opens the review of a State on one cluster with its reviewing States and the
	 * default deadlines.
	 */
	@Transactional
	public CountryReview openReview(String stateUnderReview, ThematicCluster cluster, Integer reviewGroup,
			LocalDate startedOn, List<Reviewer> reviewers, Long drawingId) {
		CountryReview review = this.reviews.save(new CountryReview(stateUnderReview, cluster, reviewGroup, startedOn,
				reviewers, this.deadlines.from(startedOn), drawingId));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("stateUnderReview", stateUnderReview);
		after.put("cluster", cluster.name());
		after.put("reviewers", reviewers.stream().map(Reviewer::getPartyCode).toList());
		this.audit.record("review.opened", "country-review", String.valueOf(review.getId()), null, after);
		return review;
	}

}
