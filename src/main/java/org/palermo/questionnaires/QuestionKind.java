package org.palermo.questionnaires;

import java.util.List;

/** What a question asks for, and so what its answer holds. */
public enum QuestionKind {

	/** Implementation status: YES, YES_IN_PART or NO. */
	STATUS,
	/** How the article is implemented (text, Markdown conventions, never HTML). */
	EXPLANATION,
	/** Legislation cited: title, provision, link, one per line. */
	LEGISLATION,
	/** Examples of implementation: cases, statistics. */
	EXAMPLES,
	/** Challenges met. */
	CHALLENGES,
	/** Technical assistance needed: a list of types. */
	NEEDS_TYPES,
	/** Technical assistance needed, in words. */
	NEEDS;

	/** The answers a status question takes. */
	public static final List<String> STATUSES = List.of("YES", "YES_IN_PART", "NO");

	/** The types of technical assistance a State may ask for. */
	public static final List<String> NEED_TYPES = List.of("LEGAL_ADVICE", "MODEL_LEGISLATION", "CAPACITY_BUILDING",
			"INSTITUTION_BUILDING", "TECHNOLOGY", "OTHER");

	public String labelKey() {
		return "questionnaire.kind." + name();
	}

	/** Whether the answer is free text. */
	public boolean isText() {
		return this != STATUS && this != NEEDS_TYPES;
	}

}
