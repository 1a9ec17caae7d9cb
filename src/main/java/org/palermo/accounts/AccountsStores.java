package org.palermo.accounts;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's smaller stores (recovery codes, password resets, e-mail changes),
 * kept together so the service's constructor stays readable.
 */
@Component
class AccountsStores {

	private final RecoveryCodeRepository recoveryCodes;

	private final PasswordResetRepository resets;

	private final EmailChangeRepository emailChanges;

	AccountsStores(RecoveryCodeRepository recoveryCodes, PasswordResetRepository resets,
			EmailChangeRepository emailChanges) {
		this.recoveryCodes = recoveryCodes;
		this.resets = resets;
		this.emailChanges = emailChanges;
	}

	RecoveryCodeRepository recoveryCodes() {
		return this.recoveryCodes;
	}

	PasswordResetRepository resets() {
		return this.resets;
	}

	EmailChangeRepository emailChanges() {
		return this.emailChanges;
	}

	@Transactional
	boolean useRecoveryCode(Long accountId, String hash, Instant now) {
		return this.recoveryCodes.use(accountId, hash, now) == 1;
	}

}
