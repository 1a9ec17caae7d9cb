package org.palermo.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Version;
import org.palermo.instruments.ThematicCluster;

/**
 * The review of one State under review on one thematic cluster, by its reviewing States.
 * Its phase changes only through the named actions below, each guarding its own
 * preconditions.
 */
@Entity
public class CountryReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String stateUnderReview;

	@Enumerated(EnumType.STRING)
	private ThematicCluster cluster;

	private Integer reviewGroup;

	/**
	 * The review cycle that began in 2020; reviews of a later cycle are opened once the
	 * Conference starts one.
	 */
	public static final int CURRENT_CYCLE = 1;

	@Column(name = "review_cycle")
	private int cycle = CURRENT_CYCLE;

	@Enumerated(EnumType.STRING)
	private ReviewPhase phase;

	private String phaseReason;

	@Enumerated(EnumType.STRING)
	private ReviewPhase suspendedFrom;

	/**
	 * Set while the review is active: the database allows one per State, cluster and
	 * cycle.
	 */
	private String activeKey;

	private LocalDate startedOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "country_review_reviewer", joinColumns = @JoinColumn(name = "review_id"))
	private List<Reviewer> reviewers = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "country_review_deadline", joinColumns = @JoinColumn(name = "review_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "step")
	@Column(name = "due_on")
	private Map<ReviewStep, LocalDate> deadlines = new EnumMap<>(ReviewStep.class);

	private Long drawingId;

	/**
	 * When the State under review's answers to the questionnaire were submitted; null
	 * while they are drafted (or once reopened).
	 */
	private Instant answersSubmittedAt;

	@Version
	private long version;

	protected CountryReview() {
	}

	CountryReview(String stateUnderReview, ThematicCluster cluster, Integer reviewGroup, LocalDate startedOn,
			List<Reviewer> reviewers, Map<ReviewStep, LocalDate> deadlines, Long drawingId) {
		this.deadlines.putAll(deadlines);
		this.drawingId = drawingId;
		this.stateUnderReview = stateUnderReview;
		this.cluster = cluster;
		this.reviewGroup = reviewGroup;
		this.startedOn = startedOn;
		this.phase = ReviewPhase.NAMING_PEOPLE;
		this.reviewers.addAll(reviewers);
		this.activeKey = activeKey(stateUnderReview, cluster, this.cycle);
	}

	static String activeKey(String stateUnderReview, ThematicCluster cluster, int cycle) {
		return stateUnderReview + ":" + cluster.name() + ":" + cycle;
	}

	public Long getId() {
		return this.id;
	}

	public String getStateUnderReview() {
		return this.stateUnderReview;
	}

	public ThematicCluster getCluster() {
		return this.cluster;
	}

	public Integer getReviewGroup() {
		return this.reviewGroup;
	}

	public int getCycle() {
		return this.cycle;
	}

	public ReviewPhase getPhase() {
		return this.phase;
	}

	/** Why the review was suspended or cancelled. */
	public String getPhaseReason() {
		return this.phaseReason;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public List<Reviewer> getReviewers() {
		return List.copyOf(this.reviewers);
	}

	/** The reviewing States' codes, in slot order. */
	public List<String> getReviewingStates() {
		return this.reviewers.stream().map(Reviewer::getPartyCode).toList();
	}

	/** Deadlines in the order of the procedure. */
	public Map<ReviewStep, LocalDate> getDeadlines() {
		return new TreeMap<>(this.deadlines);
	}

	/** The deadline the current phase works towards, if any. */
	public LocalDate getCurrentDeadline() {
		ReviewStep step = currentStep();
		return (step != null) ? this.deadlines.get(step) : null;
	}

	/** The step the current phase works towards, if any. */
	public ReviewStep currentStep() {
		return this.phase.step();
	}

	public Long getDrawingId() {
		return this.drawingId;
	}

	public long getVersion() {
		return this.version;
	}

	/** When the answers were submitted, if they are. */
	public Instant getAnswersSubmittedAt() {
		return this.answersSubmittedAt;
	}

	/** The answers were submitted (or reopened: null) by the questionnaire. */
	void recordAnswersSubmitted(Instant at) {
		this.answersSubmittedAt = at;
	}

	/** Whether a State takes part: as State under review or as a reviewing State. */
	public boolean involves(String partyCode) {
		return this.stateUnderReview.equals(partyCode) || isReviewedBy(partyCode);
	}

	public boolean isReviewedBy(String partyCode) {
		return this.reviewers.stream().anyMatch((r) -> r.getPartyCode().equals(partyCode));
	}

	/**
	 * A redraw replaces the reviewing States of this review; every other review keeps its
	 * own.
	 */
	void replaceReviewers(List<Reviewer> newReviewers) {
		this.reviewers.clear();
		this.reviewers.addAll(newReviewers);
	}

	/** The secretariat re-plans the review (dates checked by {@link ReviewPlan}). */
	void replan(Map<ReviewStep, LocalDate> newDeadlines) {
		this.deadlines.clear();
		this.deadlines.putAll(newDeadlines);
	}

	/** Moves on to the next phase of the procedure. */
	ReviewPhase advance() {
		ReviewPhase next = this.phase.next();
		if (!this.phase.isWorking() || next == null) {
			throw new ReviewActionRefusedException("phase.error.cannotAdvance");
		}
		this.phase = next;
		return next;
	}

	/** Ends the review once its summary is agreed. */
	void close() {
		if (this.phase != ReviewPhase.SUMMARY) {
			throw new ReviewActionRefusedException("phase.error.cannotClose");
		}
		this.phase = ReviewPhase.CLOSED;
		this.phaseReason = null;
	}

	/** Pauses the review, with a reason; it resumes in the phase it left. */
	void suspend(String reason) {
		if (!this.phase.isWorking()) {
			throw new ReviewActionRefusedException("phase.error.cannotSuspend");
		}
		this.suspendedFrom = this.phase;
		this.phase = ReviewPhase.SUSPENDED;
		this.phaseReason = requireReason(reason);
	}

	ReviewPhase resume() {
		if (this.phase != ReviewPhase.SUSPENDED) {
			throw new ReviewActionRefusedException("phase.error.cannotResume");
		}
		this.phase = this.suspendedFrom;
		this.suspendedFrom = null;
		this.phaseReason = null;
		return this.phase;
	}

	/** Ends the review without completion; its key is freed for a new review. */
	void cancel(String reason) {
		if (!this.phase.isActive()) {
			throw new ReviewActionRefusedException("phase.error.cannotCancel");
		}
		this.phaseReason = requireReason(reason);
		this.phase = ReviewPhase.CANCELLED;
		this.activeKey = null;
	}

	static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ReviewActionRefusedException("phase.error.reasonRequired");
		}
		if (reason.length() > 500) {
			throw new ReviewActionRefusedException("phase.error.reasonLength");
		}
		return reason.strip();
	}

}
