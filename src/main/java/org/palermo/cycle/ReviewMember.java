package org.palermo.cycle;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's place in one country review: for which State, in which role, named by whom.
 * Ending it keeps it as history; the keys that make it unique are cleared.
 */
@Entity
@Table(name = "review_member")
public class ReviewMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	private Long accountId;

	private String partyCode;

	@Enumerated(EnumType.STRING)
	private ReviewRole role;

	private String noteVerbaleReference;

	private LocalDate noteVerbaleDate;

	private String namedBy;

	private Instant namedAt;

	private String endedBy;

	private Instant endedAt;

	/** One focal point per State and review (experts and observers: per person). */
	private String roleKey;

	/** One active place per person and review. */
	private String personKey;

	@Version
	private long version;

	protected ReviewMember() {
	}

	ReviewMember(Long reviewId, Long accountId, String partyCode, ReviewRole role, String noteVerbaleReference,
			LocalDate noteVerbaleDate, String namedBy, Instant namedAt) {
		this.reviewId = reviewId;
		this.accountId = accountId;
		this.partyCode = partyCode;
		this.role = role;
		this.noteVerbaleReference = noteVerbaleReference;
		this.noteVerbaleDate = noteVerbaleDate;
		this.namedBy = namedBy;
		this.namedAt = namedAt;
		this.roleKey = reviewId + ":" + partyCode + ":" + role.name()
				+ ((role == ReviewRole.FOCAL_POINT) ? "" : ":" + accountId);
		this.personKey = reviewId + ":" + accountId;
	}

	/** The person leaves the review (replaced, or no longer involved); history stays. */
	void end(String by, Instant at) {
		if (this.endedAt != null) {
			throw new ReviewActionRefusedException("people.error.alreadyEnded");
		}
		this.endedBy = by;
		this.endedAt = at;
		this.roleKey = null;
		this.personKey = null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getPartyCode() {
		return this.partyCode;
	}

	public ReviewRole getRole() {
		return this.role;
	}

	public String getNoteVerbaleReference() {
		return this.noteVerbaleReference;
	}

	public LocalDate getNoteVerbaleDate() {
		return this.noteVerbaleDate;
	}

	public String getNamedBy() {
		return this.namedBy;
	}

	public Instant getNamedAt() {
		return this.namedAt;
	}

	public String getEndedBy() {
		return this.endedBy;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public boolean isActive() {
		return this.endedAt == null;
	}

	public long getVersion() {
		return this.version;
	}

}
