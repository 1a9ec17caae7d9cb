package org.palermo.questionnaires;

import java.time.Instant;

import org.palermo.system.ConcurrentEditException;

/**
 * Somebody saved the same answer since the writer read it: nothing was overwritten, and
 * both versions go back to the writer to merge.
 */
public class AnswerConflictException extends ConcurrentEditException {

	private final String questionKey;

	private final String yours;

	private final Answer theirs;

	AnswerConflictException(String questionKey, String yours, Answer theirs) {
		super("answer " + questionKey);
		this.questionKey = questionKey;
		this.yours = yours;
		this.theirs = theirs;
	}

	public String getQuestionKey() {
		return this.questionKey;
	}

	/** What the writer tried to save. */
	public String getYours() {
		return this.yours;
	}

	/** The answer as it stands now. */
	public String getTheirsValue() {
		return this.theirs.getValue();
	}

	public long getTheirsVersion() {
		return this.theirs.getVersion();
	}

	public String getTheirsBy() {
		return this.theirs.getUpdatedBy();
	}

	public Instant getTheirsAt() {
		return this.theirs.getUpdatedAt();
	}

}
