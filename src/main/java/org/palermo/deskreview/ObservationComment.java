package org.palermo.deskreview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment anchored to an item, on the revision its writer read. */
@Entity
@Table(name = "observation_comment")
public class ObservationComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private int revision;

	private String body;

	private String writtenBy;

	private Instant writtenAt;

	protected ObservationComment() {
	}

	ObservationComment(ObservationItem item, String body, String by, Instant at) {
		this.itemId = item.getId();
		this.revision = item.getRevision();
		this.body = body;
		this.writtenBy = by;
		this.writtenAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public int getRevision() {
		return this.revision;
	}

	public String getBody() {
		return this.body;
	}

	public String getWrittenBy() {
		return this.writtenBy;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

}
