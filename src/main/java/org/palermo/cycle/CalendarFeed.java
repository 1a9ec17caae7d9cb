package org.palermo.cycle;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A person's private calendar feed: only the hash of its secret address is kept. */
@Entity
class CalendarFeed {

	@Id
	private Long accountId;

	private String secretHash;

	private Instant createdAt;

	protected CalendarFeed() {
	}

	CalendarFeed(long accountId, String secretHash, Instant createdAt) {
		this.accountId = accountId;
		this.secretHash = secretHash;
		this.createdAt = createdAt;
	}

	/** A new secret: the old address stops working. */
	void replace(String secretHash, Instant when) {
		this.secretHash = secretHash;
		this.createdAt = when;
	}

	Long getAccountId() {
		return this.accountId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
