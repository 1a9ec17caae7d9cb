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
	/** Submit civil society input on the review (as a member of an organisation). */
	SUBMIT_INPUT,
	/** Read the civil society input shared with the States of the review. */
	READ_SHARED_INPUT,
	/** Follow up civil society input: share it, mark it considered, reflected or not. */
	MANAGE_INPUT

}
