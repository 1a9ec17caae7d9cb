package org.palermo.cycle;

/** What a person may ask to do on one country review; {@link ReviewPolicy} decides. */
public enum ReviewAction {

	/** See the names of the review's people and its internal pages. */
	VIEW_PEOPLE,
	/** Record a State's focal point from its note verbale. */
	NAME_FOCAL_POINT,
	/** Name a governmental expert for one's own State. */
	NAME_EXPERT,
	/** Name an observer for the State under review. */
	NAME_OBSERVER,
	/** Ask for a redraw of one reviewing State. */
	ASK_REDRAW,
	/** Move deadlines. */
	REPLAN,
	/** Advance, suspend, resume, close or cancel the review. */
	CHANGE_PHASE,
	/** Draft answers to the self-assessment questionnaire. */
	ANSWER_QUESTIONNAIRE,
	/** Clear and submit the State under review's answers. */
	CLEAR_QUESTIONNAIRE,
	/** Draft written feedback as a reviewing State. */
	GIVE_FEEDBACK,
	/** Clear and send a reviewing State's feedback. */
	CLEAR_FEEDBACK,
	/**
	 * Read the self-assessment answers: the State under review's people always, the
	 * reviewing States once they are submitted.
	 */
	READ_ANSWERS,
	/**
	 * Read the comments on the answers: the State under review's team and the
	 * secretariat.
	 */
	READ_COMMENTS,
	/** Assign questionnaire sections to the State under review's experts. */
	ASSIGN_SECTIONS,
	/** Comment on the answers while they are drafted. */
	COMMENT_ANSWERS,
	/** Reopen a submitted questionnaire (the secretariat, audited). */
	REOPEN_QUESTIONNAIRE,
	/** Read the written feedback sent (and one's own State's drafts). */
	READ_FEEDBACK,
	/** Read the list of observations, its versions and comments. */
	READ_OBSERVATIONS,
	/** Draft items of the list of observations and comment on them. */
	DRAFT_OBSERVATIONS,
	/** Clear items of the list of observations for one's State. */
	CLEAR_OBSERVATIONS,
	/** Draft the summary from the list of observations. */
	DRAFT_SUMMARY,
	/** Clear the summary for one's State. */
	CLEAR_SUMMARY,
	/** Enter a translation of the summary. */
	TRANSLATE_SUMMARY,
	/** Decide, document by document, what of the review is published. */
	PUBLISH,
	/** Submit civil society input on the review (as a member of an organisation). */
	SUBMIT_INPUT,
	/** Read the civil society input shared with the States of the review. */
	READ_SHARED_INPUT,
	/** Follow up civil society input: share it, mark it considered, reflected or not. */
	MANAGE_INPUT,
	/** Open questions to civil society organisations for comment while drafting. */
	CONSULT_CIVIL_SOCIETY,
	/**
	 * Comment, as a civil society organisation's member, on the questions opened to the
	 * organisation (which ones: the questionnaire's consultations).
	 */
	GIVE_CIVIL_SOCIETY_INPUT,
	/** Write in the dialogue (clarifications per article). */
	DIALOGUE

}
