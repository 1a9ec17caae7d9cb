package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.palermo.instruments.ThematicCluster;
import org.palermo.system.UserInputException;

/**
 * Written input of an organisation on one country review. Who may read it and whether the
 * organisation may be named are decided here, once, for every page and API.
 */
@Entity
public class CountryInput {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;

	private Long groupId;

	private Long reviewId;

	private String stateUnderReview;

	@Enumerated(EnumType.STRING)
	private ThematicCluster cluster;

	private String instrument;

	private String articles;

	private String title;

	private String body;

	@Enumerated(EnumType.STRING)
	private InputReach reach;

	private boolean nameWithheld;

	@Enumerated(EnumType.STRING)
	private InputStatus status;

	private Instant sharedAt;

	private String statusReason;

	private String observationReference;

	private Long submittedBy;

	private Instant submittedAt;

	@Version
	private long version;

	protected CountryInput() {
	}

	CountryInput(long organisationId, long reviewId, String stateUnderReview, ThematicCluster cluster, InputForm form,
			long submittedBy, Instant now) {
		this.organisationId = organisationId;
		this.reviewId = reviewId;
		this.stateUnderReview = stateUnderReview;
		this.cluster = cluster;
		this.instrument = (form.instrument() != null) ? form.instrument().name() : null;
		this.articles = blankToNull(form.articles());
		this.title = form.title().strip();
		this.body = form.body().strip();
		this.reach = form.reach();
		this.nameWithheld = form.nameWithheld();
		this.status = InputStatus.RECEIVED;
		this.submittedBy = submittedBy;
		this.submittedAt = now;
	}

	/**
	 * The input is the joint input of a national working group: the group is named as its
	 * author where a name may be shown.
	 */
	void jointFor(long groupId) {
		this.groupId = groupId;
	}

	/** The secretariat passes the input on to those the organisation chose. */
	void share(Instant now) {
		if (this.status != InputStatus.RECEIVED || this.reach == InputReach.SECRETARIAT_ONLY) {
			throw new UserInputException("civilsociety.error.transition");
		}
		this.status = InputStatus.SHARED;
		this.sharedAt = now;
	}

	/** The input was taken into account in the desk review. */
	void consider() {
		boolean ready = this.status == InputStatus.SHARED
				|| (this.status == InputStatus.RECEIVED && this.reach == InputReach.SECRETARIAT_ONLY);
		if (!ready) {
			throw new UserInputException("civilsociety.error.transition");
		}
		this.status = InputStatus.CONSIDERED;
	}

	/** An observation took the input up: its reference, once published. */
	void reflect(String observationReference) {
		if (this.status != InputStatus.CONSIDERED) {
			throw new UserInputException("civilsociety.error.transition");
		}
		if (observationReference == null || observationReference.isBlank() || observationReference.length() > 200) {
			throw new UserInputException("civilsociety.error.reference");
		}
		this.status = InputStatus.REFLECTED;
		this.observationReference = observationReference.strip();
	}

	/** The input was not taken up, with a reason if one is given. */
	void notTakenUp(String reason) {
		if (this.status != InputStatus.CONSIDERED) {
			throw new UserInputException("civilsociety.error.transition");
		}
		if (reason != null && reason.length() > 1000) {
			throw new UserInputException("civilsociety.error.reason");
		}
		this.status = InputStatus.NOT_TAKEN_UP;
		this.statusReason = blankToNull(reason);
	}

	/** Whether anyone may read it: public reach, and passed on by the secretariat. */
	public boolean isPublic() {
		return this.sharedAt != null && this.reach == InputReach.PUBLIC;
	}

	/** Whether the States of the review may read it. */
	public boolean isSharedWithReviewStates() {
		return this.sharedAt != null && this.reach != InputReach.SECRETARIAT_ONLY;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	/**
	 * The organisation: for the secretariat and the organisation itself only; pages for
	 * anyone else go through {@link CountryInputService}, which hides it where asked.
	 */
	Long getOrganisationId() {
		return this.organisationId;
	}

	/** The national working group whose joint input this is, or {@code null}. */
	Long getGroupId() {
		return this.groupId;
	}

	public boolean isJoint() {
		return this.groupId != null;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public String getStateUnderReview() {
		return this.stateUnderReview;
	}

	public ThematicCluster getCluster() {
		return this.cluster;
	}

	public String getInstrument() {
		return this.instrument;
	}

	public String getArticles() {
		return this.articles;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public InputReach getReach() {
		return this.reach;
	}

	public boolean isNameWithheld() {
		return this.nameWithheld;
	}

	public InputStatus getStatus() {
		return this.status;
	}

	public Instant getSharedAt() {
		return this.sharedAt;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public String getObservationReference() {
		return this.observationReference;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
