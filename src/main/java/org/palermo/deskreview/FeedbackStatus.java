package org.palermo.deskreview;

/** Where a reviewing State's feedback on one article stands. */
public enum FeedbackStatus {

	/** Drafted by the State's experts; seen by that State's people only. */
	DRAFT,
	/** Cleared and sent by the State's focal point; the State under review sees it. */
	SENT

}
