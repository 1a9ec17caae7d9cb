package org.palermo.deskreview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One State's clearance of one revision of the summary; withdrawn (and kept) when the
 * text changes.
 */
@Entity
@Table(name = "summary_clearance")
public class SummaryClearance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long summaryId;

	private String partyCode;

	private int revision;

	private String clearedBy;

	private Instant clearedAt;

	private String withdrawnBy;

	private Instant withdrawnAt;

	protected SummaryClearance() {
	}

	SummaryClearance(SummaryDocument summary, String partyCode, String by, Instant at) {
		this.summaryId = summary.getId();
		this.partyCode = partyCode;
		this.revision = summary.getRevision();
		this.clearedBy = by;
		this.clearedAt = at;
	}

	void withdraw(String by, Instant at) {
		this.withdrawnBy = by;
		this.withdrawnAt = at;
	}

	public boolean isActive() {
		return this.withdrawnAt == null;
	}

	public Long getSummaryId() {
		return this.summaryId;
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
