package org.palermo.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One failed sign-in: the account it was for (none when no account has that name) and the
 * client's address.
 */
@Entity
class SignInFailure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String address;

	private Instant failedAt;

	protected SignInFailure() {
	}

	SignInFailure(Long accountId, String address, Instant failedAt) {
		this.accountId = accountId;
		this.address = address;
		this.failedAt = failedAt;
	}

}
