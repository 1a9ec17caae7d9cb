package org.palermo.deskreview;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One revision of an item as it was written, with the diff from the one before. */
@Entity
@Table(name = "observation_revision")
public class ObservationRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private int revision;

	@Enumerated(EnumType.STRING)
	@Column(name = "observation_type")
	private ObservationType type;

	private String body;

	private String diff;

	private boolean removed;

	private String changedBy;

	private Instant changedAt;

	protected ObservationRevision() {
	}

	ObservationRevision(ObservationItem item, String diff, String by, Instant at) {
		this.itemId = item.getId();
		this.revision = item.getRevision();
		this.type = item.getType();
		this.body = item.getBody();
		this.removed = item.isRemoved();
		this.diff = diff;
		this.changedBy = by;
		this.changedAt = at;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public int getRevision() {
		return this.revision;
	}

	public ObservationType getType() {
		return this.type;
	}

	public String getBody() {
		return this.body;
	}

	/** Words taken out as {@code [-...-]}, words put in as <code>{+...+}</code>. */
	public String getDiff() {
		return this.diff;
	}

	public boolean isRemoved() {
		return this.removed;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
