package org.palermo.accounts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.palermo.notifications.Recipients;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the notifications module who a person is: address, name, preferred language. */
@Component
class AccountRecipients implements Recipients {

	private final AccountRepository accounts;

	AccountRecipients(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Recipient> byIds(Collection<Long> accountIds) {
		Map<Long, Recipient> found = new LinkedHashMap<>();
		if (!accountIds.isEmpty()) {
			this.accounts.findAllById(accountIds).forEach((account) -> found.put(account.getId(), of(account)));
		}
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Recipient> byUsername(String username) {
		return (username == null) ? Optional.empty()
				: this.accounts.findByUsername(username).map(AccountRecipients::of);
	}

	private static Recipient of(Account account) {
		return new Recipient(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getPreferredLocale(), account.isEnabled());
	}

}
