package org.palermo.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.EnumMap;
import java.util.Map;

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

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

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
		this.status = (startedOn != null) ? ReviewStatus.IN_PROGRESS : ReviewStatus.NOT_STARTED;
		this.reviewers.addAll(reviewers);
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

	public ReviewStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public List<Reviewer> getReviewers() {
		return List.copyOf(this.reviewers);
	}

	/** Deadlines in the order of the procedure. */
	public Map<ReviewStep, LocalDate> getDeadlines() {
		return new java.util.TreeMap<>(this.deadlines);
	}

	public Long getDrawingId() {
		return this.drawingId;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * A redraw replaces the reviewing States of this review; every other review keeps its
	 * own.
	 */
	void replaceReviewers(List<Reviewer> newReviewers) {
		this.reviewers.clear();
		this.reviewers.addAll(newReviewers);
	}

	/**
	 * The secretariat re-plans the review: every date may move, as the timetable slips in
	 * reality.
	 */
	void replan(Map<ReviewStep, LocalDate> newDeadlines) {
		this.deadlines.clear();
		this.deadlines.putAll(newDeadlines);
	}

	public boolean isReviewedBy(String partyCode) {
		return this.reviewers.stream().anyMatch((r) -> r.getPartyCode().equals(partyCode));
	}

}
