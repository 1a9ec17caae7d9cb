package org.palermo.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.palermo.system.SecuritySettings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password and code guessing. Failures count per account <em>and</em> client
 * address, so nobody can lock a person out by failing on their name from elsewhere; the
 * account itself is never locked. The account is the one found for the name typed,
 * however it is spaced or cased; names of no account count together per address. Kept in
 * the database, so every instance sees the same count, and pruned as it grows.
 */
@Component
class LoginThrottle {

	private final SignInFailureRepository failures;

	private final AccountRepository accounts;

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	LoginThrottle(SignInFailureRepository failures, AccountRepository accounts, SecuritySettings settings,
			Clock clock) {
		this.failures = failures;
		this.accounts = accounts;
		this.maxFailures = settings.maxFailedLogins();
		this.window = settings.failedLoginWindow();
		this.clock = clock;
	}

	/** The id of the account a typed name signs in to, as sign-in itself finds it. */
	@Transactional(readOnly = true)
	public Long accountIdOf(String typedUsername) {
		if (typedUsername == null || typedUsername.isBlank() || typedUsername.length() > 200) {
			return null;
		}
		return this.accounts.findByUsernameIgnoreCase(typedUsername.trim()).map(Account::getId).orElse(null);
	}

	@Transactional(readOnly = true)
	public boolean isThrottled(Long accountId, String address) {
		Instant since = Instant.now(this.clock).minus(this.window);
		long count = (accountId != null) ? this.failures.countFor(accountId, key(address), since)
				: this.failures.countForUnknownAccounts(key(address), since);
		return count >= this.maxFailures;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(Long accountId, String address) {
		Instant now = Instant.now(this.clock);
		this.failures.deleteOlderThan(now.minus(this.window));
		this.failures.save(new SignInFailure(accountId, key(address), now));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(Long accountId, String address) {
		if (accountId != null) {
			this.failures.clear(accountId, key(address));
		}
	}

	private static String key(String address) {
		String value = (address != null) ? address : "";
		return (value.length() > 64) ? value.substring(0, 64) : value;
	}

}
