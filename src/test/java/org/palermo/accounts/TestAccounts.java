package org.palermo.accounts;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Creates throw-away accounts so tests never depend on each other's changes, and signs
 * them in the real way: the sign-in form, then the second factor where it is on.
 */
public final class TestAccounts {

	public static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private TestAccounts() {
	}

	public static Account create(AccountService accounts, Role role) {
		String username = "t" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
		return accounts.createDemoAccount(new InvitationForm(username, "Test " + username, username + "@example.org",
				role, role.isBoundToParty() ? "KE" : null, role.isBoundToOrganisation() ? 1L : null), PASSWORD);
	}

	/**
	 * An account with the second factor on; returns its recovery codes, which sign it in
	 * as many times as there are codes.
	 */
	public static WithSecondFactor createWithSecondFactor(AccountService accounts, Role role) {
		Account account = create(accounts, role);
		String secret = Totp.newSecret();
		assertThat(accounts.confirmTotp(account.getUsername(), secret, Totp.code(secret, Instant.now()))).isTrue();
		return new WithSecondFactor(accounts.find(account.getUsername()).orElseThrow(), secret,
				accounts.newRecoveryCodes(account.getUsername()));
	}

	/** An account, its authenticator's secret and its unused recovery codes. */
	public record WithSecondFactor(Account account, String secret, List<String> recoveryCodes) {

	}

	/**
	 * Signs in through the form from an address of its own (so no throttle is shared
	 * between tests); with a second factor, completes it with the given code.
	 */
	public static MockHttpSession signIn(MockMvc mvc, String username, String password, String secondFactorCode)
			throws Exception {
		MockHttpSession session = new MockHttpSession();
		String address = "10.77." + (ADDRESSES.get() / 250 % 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
		String next = mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}).session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		if ("/login/totp".equals(next)) {
			assertThat(secondFactorCode).as("second factor code for " + username).isNotNull();
			next = mvc.perform(post("/login/totp").param("code", secondFactorCode).with(csrf()).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}).session(session)).andReturn().getResponse().getRedirectedUrl();
		}
		assertThat(next).as("sign-in of " + username).isNotNull().doesNotContain("/login");
		return session;
	}

	public static MockHttpSession signIn(MockMvc mvc, Account account) throws Exception {
		return signIn(mvc, account.getUsername(), PASSWORD, null);
	}

}
