package org.palermo.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The review group a State belongs to, as drawn by lot. */
@Entity
@Table(name = "review_group_member")
class ReviewGroupMember {

	@Id
	private String partyCode;

	private int reviewGroup;

	private Long drawingId;

	protected ReviewGroupMember() {
	}

	ReviewGroupMember(String partyCode, int reviewGroup, Long drawingId) {
		this.partyCode = partyCode;
		this.reviewGroup = reviewGroup;
		this.drawingId = drawingId;
	}

	String getPartyCode() {
		return this.partyCode;
	}

	int getReviewGroup() {
		return this.reviewGroup;
	}

}
