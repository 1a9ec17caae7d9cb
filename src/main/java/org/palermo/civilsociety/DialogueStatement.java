package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A written statement an approved organisation submits before the dialogue. */
@Entity
public class DialogueStatement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long dialogueId;

	private Long organisationId;

	private String title;

	private String body;

	private Instant submittedAt;

	protected DialogueStatement() {
	}

	DialogueStatement(long dialogueId, long organisationId, String title, String body, Instant at) {
		this.dialogueId = dialogueId;
		this.organisationId = organisationId;
		this.title = title;
		this.body = body;
		this.submittedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
