package org.palermo.questionnaires;

/**
 * Drafted by the State under review's experts, then cleared and submitted by its focal
 * point.
 */
public enum QuestionnaireStatus {

	DRAFT, SUBMITTED;

	public String labelKey() {
		return "questionnaire.status." + name();
	}

}
