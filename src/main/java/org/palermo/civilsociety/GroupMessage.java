package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message in a group's discussion; a reply names the message it answers (one level).
 */
@Entity
@Table(name = "national_group_message")
public class GroupMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long groupId;

	private Long replyTo;

	private Long organisationId;

	private Long authorAccountId;

	private String body;

	private Instant postedAt;

	protected GroupMessage() {
	}

	GroupMessage(long groupId, Long replyTo, long organisationId, long authorAccountId, String body, Instant now) {
		this.groupId = groupId;
		this.replyTo = replyTo;
		this.organisationId = organisationId;
		this.authorAccountId = authorAccountId;
		this.body = body;
		this.postedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public Long getReplyTo() {
		return this.replyTo;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getAuthorAccountId() {
		return this.authorAccountId;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getPostedAt() {
		return this.postedAt;
	}

}
