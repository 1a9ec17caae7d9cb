package org.palermo.questionnaires;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The current answer to one question: its value, the template version it answered, and a
 * version that every save raises (the first save is version 1). A save that did not start
 * from the current version is refused, never applied.
 */
@Entity
@Table(name = "questionnaire_answer")
public class Answer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long questionnaireId;

	private String questionKey;

	private int templateVersion;

	@Column(name = "answer_value")
	private String value;

	/** Where a reused answer came from (another review of the same State). */
	private String origin;

	private long version;

	private String updatedBy;

	private Instant updatedAt;

	protected Answer() {
	}

	Answer(long questionnaireId, String questionKey, int templateVersion) {
		this.questionnaireId = questionnaireId;
		this.questionKey = questionKey;
		this.templateVersion = templateVersion;
		this.version = 0;
	}

	/**
	 * The question of a newer template version that replaces the one answered: the answer
	 * (and its versions) follows it.
	 */
	void moveTo(String newQuestionKey) {
		this.questionKey = newQuestionKey;
	}

	/**
	 * A new version of the answer, by someone, at a time; the version read must be
	 * current.
	 */
	void revise(String newValue, long seenVersion, String by, Instant at, String newOrigin) {
		if (seenVersion != this.version) {
			throw new IllegalStateException("stale version");
		}
		this.value = newValue;
		this.version = this.version + 1;
		this.updatedBy = by;
		this.updatedAt = at;
		this.origin = newOrigin;
	}

	public Long getId() {
		return this.id;
	}

	public Long getQuestionnaireId() {
		return this.questionnaireId;
	}

	public String getQuestionKey() {
		return this.questionKey;
	}

	public int getTemplateVersion() {
		return this.templateVersion;
	}

	public String getValue() {
		return this.value;
	}

	public String getOrigin() {
		return this.origin;
	}

	public long getVersion() {
		return this.version;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
