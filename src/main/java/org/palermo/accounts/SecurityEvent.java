package org.palermo.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Something that happened to the security of an account: a sign-in, a failure, a second
 * factor used, a password or token changed. Append-only; the secretariat reads them.
 */
@Entity
public class SecurityEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String kind;

	private Long accountId;

	private String username;

	private String address;

	private String detail;

	protected SecurityEvent() {
	}

	SecurityEvent(Instant occurredAt, String kind, Long accountId, String username, String address, String detail) {
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.accountId = accountId;
		this.username = cut(username, 100);
		this.address = cut(address, 64);
		this.detail = cut(detail, 200);
	}

	private static String cut(String value, int length) {
		return (value != null && value.length() > length) ? value.substring(0, length) : value;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getKind() {
		return this.kind;
	}

	public String getKindKey() {
		return "security.event." + this.kind;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getUsername() {
		return this.username;
	}

	public String getAddress() {
		return this.address;
	}

	public String getDetail() {
		return this.detail;
	}

}
