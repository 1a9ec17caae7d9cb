package org.palermo.questionnaires;

/** A template is drafted, then published; questionnaires use published versions only. */
public enum TemplateStatus {

	DRAFT, PUBLISHED

}
