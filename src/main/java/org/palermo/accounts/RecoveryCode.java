package org.palermo.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A one-use code that stands in for the second factor when the authenticator is lost;
 * only its hash is stored (it carries 120 random bits).
 */
@Entity
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String codeHash;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(Long accountId, String codeHash) {
		this.accountId = accountId;
		this.codeHash = codeHash;
	}

}
