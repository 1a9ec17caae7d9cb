package org.palermo.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records security events with their time, account and client address, in their own
 * transaction so a refused attempt is kept even when the work around it is undone.
 */
@Component
public class SecurityEvents {

	static final String SIGN_IN_SUCCEEDED = "SIGN_IN_SUCCEEDED";

	static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

	static final String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";

	static final String SECOND_FACTOR_SUCCEEDED = "SECOND_FACTOR_SUCCEEDED";

	static final String SECOND_FACTOR_FAILED = "SECOND_FACTOR_FAILED";

	static final String RECOVERY_CODE_USED = "RECOVERY_CODE_USED";

	static final String SECOND_FACTOR_CHANGED = "SECOND_FACTOR_CHANGED";

	static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

	static final String PASSWORD_RESET_REQUESTED = "PASSWORD_RESET_REQUESTED";

	static final String TOKEN_CREATED = "TOKEN_CREATED";

	static final String TOKEN_REVOKED = "TOKEN_REVOKED";

	static final String TOKEN_REFUSED = "TOKEN_REFUSED";

	static final String PASSKEY_REGISTERED = "PASSKEY_REGISTERED";

	static final String PASSKEY_REMOVED = "PASSKEY_REMOVED";

	static final String SESSIONS_ENDED = "SESSIONS_ENDED";

	/** Pages beyond this are not served: nobody reads that far back page by page. */
	static final int MAX_PAGE = 10_000;

	private final SecurityEventRepository events;

	private final Clock clock;

	SecurityEvents(SecurityEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String kind, Account account, String typedUsername, String address, String detail) {
		this.events.save(new SecurityEvent(Instant.now(this.clock), kind, (account != null) ? account.getId() : null,
				(account != null) ? account.getUsername() : typedUsername, address, detail));
	}

	@Transactional(readOnly = true)
	public Page<SecurityEvent> latest(int page) {
		return this.events.findAllByOrderByIdDesc(PageRequest.of(Math.min(Math.max(page, 0), MAX_PAGE), 50));
	}

	@Transactional(readOnly = true)
	public List<SecurityEvent> of(Account account) {
		return this.events.findTop50ByAccountIdOrderByIdDesc(account.getId());
	}

	@Transactional(readOnly = true)
	long countFrom(String address, String kind, Instant since) {
		return this.events.countByAddressAndKindAndOccurredAtAfter(address, kind, since);
	}

}
