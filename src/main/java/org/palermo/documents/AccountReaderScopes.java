package org.palermo.documents;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;

import org.springframework.stereotype.Component;

/**
 * The default reader scope, from the account's global role and the review memberships
 * other modules contribute: the secretariat reads everything, civil society its own
 * organisation's input, everyone the public content and the reviews they take part in.
 */
@Component
class AccountReaderScopes implements ReaderScopes {

	private final AccountService accounts;

	private final List<ReviewMemberships> memberships;

	AccountReaderScopes(AccountService accounts, List<ReviewMemberships> memberships) {
		this.accounts = accounts;
		this.memberships = memberships;
	}

	@Override
	public ReaderScope resolve(String username) {
		Account account = this.accounts.find(username).filter(Account::isEnabled).orElse(null);
		if (account == null) {
			return ReaderScope.ANONYMOUS;
		}
		if (account.getRole() == Role.SECRETARIAT) {
			return new ReaderScope(true, Set.of(), null);
		}
		Set<Long> reviews = new HashSet<>();
		this.memberships.forEach((m) -> reviews.addAll(m.reviewIdsOf(account.getUsername())));
		Long organisation = (account.getRole() == Role.CIVIL_SOCIETY) ? account.getOrganisationId() : null;
		return new ReaderScope(false, reviews, organisation);
	}

}
