package org.palermo.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A new e-mail address the secretariat gave a person, applied only once its owner opens
 * the link mailed to it.
 */
@Entity
class EmailChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String newEmail;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected EmailChange() {
	}

	EmailChange(Long accountId, String newEmail, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.newEmail = newEmail;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	Long getAccountId() {
		return this.accountId;
	}

	String getNewEmail() {
		return this.newEmail;
	}

}
