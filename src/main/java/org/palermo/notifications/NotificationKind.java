package org.palermo.notifications;

/**
 * What a notification is about; each person chooses per kind how mail reaches them.
 */
public enum NotificationKind {

	/** Named to a review, invited to the platform or to an organisation. */
	INVITED,
	/** A questionnaire section or another piece of work assigned to the person. */
	ASSIGNED,
	/** A comment on something the person follows, or a mention. */
	COMMENT,
	/** Answers, feedback or input submitted to the person's side. */
	SUBMITTED,
	/** Clearance asked of the person, or given on what they drafted. */
	CLEARANCE,
	/** Written feedback received by the State under review. */
	FEEDBACK_RECEIVED,
	/** A new message in a dialogue the person takes part in. */
	DIALOGUE_MESSAGE,
	/** A decision on a constructive dialogue application. */
	DIALOGUE_DECISION,
	/** A change in the status of civil society input. */
	INPUT_STATUS,
	/** A deadline moved, or the review changed phase. */
	REVIEW_CHANGED,
	/** A deadline is near or passed. */
	REMINDER,
	/** A seat at a capacity-building event came free for the person's organisation. */
	CAPACITY_EVENT

}
