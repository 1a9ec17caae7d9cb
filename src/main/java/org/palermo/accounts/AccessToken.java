package org.palermo.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A personal access token for API clients; only its hash is stored. */
@Entity
public class AccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String name;

	private String tokenHash;

	private String prefix;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected AccessToken() {
	}

	AccessToken(Long accountId, String name, String tokenHash, String prefix, Instant createdAt) {
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	Long getAccountId() {
		return this.accountId;
	}

	public String getName() {
		return this.name;
	}

	public String getPrefix() {
		return this.prefix;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public boolean isActive() {
		return this.revokedAt == null;
	}

}
