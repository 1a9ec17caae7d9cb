package org.palermo.deskreview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One State's clearance of one revision of an item, given by its focal point; withdrawn
 * (and kept) when the item changes.
 */
@Entity
@Table(name = "observation_clearance")
public class ObservationClearance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private String partyCode;

	private int revision;

	private String clearedBy;

	private Instant clearedAt;

	private String withdrawnBy;

	private Instant withdrawnAt;

	protected ObservationClearance() {
	}

	ObservationClearance(ObservationItem item, String partyCode, String by, Instant at) {
		this.itemId = item.getId();
		this.partyCode = partyCode;
		this.revision = item.getRevision();
		this.clearedBy = by;
		this.clearedAt = at;
	}

	/** The item changed after this clearance: it no longer holds. */
	void withdraw(String by, Instant at) {
		this.withdrawnBy = by;
		this.withdrawnAt = at;
	}

	/**
	 * The arguments of the line telling a withdrawal: State (as named for the reader),
	 * revision, who changed the item, when (UTC).
	 */
	public Object[] withdrawalArguments(String stateName) {
		return new Object[] { stateName, this.revision, this.withdrawnBy,
				(this.withdrawnAt != null) ? java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.withZone(java.time.ZoneOffset.UTC)
					.format(this.withdrawnAt) : "" };
	}

	public boolean isActive() {
		return this.withdrawnAt == null;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getPartyCode() {
		return this.partyCode;
	}

	public int getRevision() {
		return this.revision;
	}

	public String getClearedBy() {
		return this.clearedBy;
	}

	public Instant getClearedAt() {
		return this.clearedAt;
	}

	public String getWithdrawnBy() {
		return this.withdrawnBy;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

}
