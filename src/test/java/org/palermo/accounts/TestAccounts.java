package org.palermo.accounts;

import java.util.concurrent.atomic.AtomicInteger;

/** Creates throw-away accounts so tests never depend on each other's changes. */
public final class TestAccounts {

	public static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestAccounts() {
	}

	public static Account create(AccountService accounts, Role role) {
		String username = "t" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
		return accounts.createDemoAccount(new InvitationForm(username, "Test " + username, username + "@example.org",
				role, role.isBoundToParty() ? "KE" : null, role.isBoundToOrganisation() ? 1L : null), PASSWORD);
	}

}
