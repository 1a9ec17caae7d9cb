package org.palermo.civilsociety;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A place on a dialogue's speakers' list: who speaks for which organisation, and when.
 */
@Entity
public class DialogueSpeaker {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long dialogueId;

	private Long organisationId;

	private String speaker;

	private LocalDateTime startsAt;

	private int minutes;

	protected DialogueSpeaker() {
	}

	DialogueSpeaker(long dialogueId, long organisationId, String speaker, LocalDateTime startsAt, int minutes) {
		this.dialogueId = dialogueId;
		this.organisationId = organisationId;
		this.speaker = speaker;
		this.startsAt = startsAt;
		this.minutes = minutes;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getSpeaker() {
		return this.speaker;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public LocalDateTime getEndsAt() {
		return this.startsAt.plusMinutes(this.minutes);
	}

	public int getMinutes() {
		return this.minutes;
	}

}
