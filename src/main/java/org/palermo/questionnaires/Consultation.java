package org.palermo.questionnaires;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The focal point opened one question to one civil society organisation for comment. */
@Entity
@Table(name = "questionnaire_consultation")
public class Consultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long questionnaireId;

	private String questionKey;

	private Long organisationId;

	private String openedBy;

	private Instant openedAt;

	protected Consultation() {
	}

	Consultation(long questionnaireId, String questionKey, long organisationId, String openedBy, Instant openedAt) {
		this.questionnaireId = questionnaireId;
		this.questionKey = questionKey;
		this.organisationId = organisationId;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	public String getQuestionKey() {
		return this.questionKey;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

}
