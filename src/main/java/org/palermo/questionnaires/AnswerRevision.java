package org.palermo.questionnaires;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved version of an answer: who wrote what, when. Never changed. */
@Entity
@Table(name = "questionnaire_answer_revision")
public class AnswerRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long answerId;

	private long version;

	@Column(name = "answer_value")
	private String value;

	private String author;

	private Instant savedAt;

	protected AnswerRevision() {
	}

	AnswerRevision(long answerId, long version, String value, String author, Instant savedAt) {
		this.answerId = answerId;
		this.version = version;
		this.value = value;
		this.author = author;
		this.savedAt = savedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public String getValue() {
		return this.value;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

}
