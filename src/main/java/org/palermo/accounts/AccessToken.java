package org.palermo.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A personal access token for API clients, for {@code /api/**} only, with a scope and an
 * expiry; only its hash is stored. Updates write only the changed columns, so recording a
 * use can never undo a concurrent revocation.
 */
@Entity
@DynamicUpdate
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

	@Enumerated(EnumType.STRING)
	private TokenScope scope;

	private Instant expiresAt;

	protected AccessToken() {
	}

	AccessToken(Long accountId, String name, String tokenHash, String prefix, TokenScope scope, Instant createdAt,
			Instant expiresAt) {
		this.accountId = accountId;
		this.scope = scope;
		this.expiresAt = expiresAt;
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

	public TokenScope getScope() {
		return this.scope;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	/** Not revoked; whether it has expired is {@link #isUsable(Instant)}. */
	public boolean isActive() {
		return this.revokedAt == null;
	}

	boolean isUsable(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

}
