package org.palermo.questionnaires;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.palermo.system.UserInputException;

/** A comment on one question, possibly a reply to another; resolved once dealt with. */
@Entity
@Table(name = "questionnaire_comment")
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long questionnaireId;

	private String questionKey;

	private Long parentId;

	private String author;

	private String body;

	/** Set on civil society input: the organisation that gave it. */
	private Long organisationId;

	private Instant createdAt;

	private String resolvedBy;

	private Instant resolvedAt;

	@Version
	private long version;

	protected Comment() {
	}

	Comment(long questionnaireId, String questionKey, Long parentId, String author, String body, Instant createdAt) {
		this.questionnaireId = questionnaireId;
		this.questionKey = questionKey;
		this.parentId = parentId;
		this.author = author;
		this.body = body;
		this.createdAt = createdAt;
	}

	void resolve(String by, Instant at) {
		if (this.resolvedAt != null) {
			throw new UserInputException("questionnaire.error.alreadyResolved");
		}
		this.resolvedBy = by;
		this.resolvedAt = at;
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

	public Long getParentId() {
		return this.parentId;
	}

	public String getAuthor() {
		return this.author;
	}

	/** The organisation of civil society input; null for the State's team. */
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public boolean isCivilSocietyInput() {
		return this.organisationId != null;
	}

	/** Marks the comment as input from a civil society organisation. */
	Comment fromOrganisation(long organisation) {
		this.organisationId = organisation;
		return this;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getResolvedBy() {
		return this.resolvedBy;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

	public boolean isResolved() {
		return this.resolvedAt != null;
	}

}
