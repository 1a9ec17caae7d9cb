package org.palermo.questionnaires;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The focal point gave one section (an article of an instrument) to one expert. */
@Entity
@Table(name = "questionnaire_assignment")
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long questionnaireId;

	private String sectionKey;

	private Long accountId;

	private String assignedBy;

	private Instant assignedAt;

	protected Assignment() {
	}

	Assignment(long questionnaireId, String sectionKey, long accountId, String assignedBy, Instant assignedAt) {
		this.questionnaireId = questionnaireId;
		this.sectionKey = sectionKey;
		this.accountId = accountId;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getSectionKey() {
		return this.sectionKey;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getAssignedBy() {
		return this.assignedBy;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

}
