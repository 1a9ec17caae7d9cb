package org.palermo.accounts;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in with their Palermo account; an invited person with no password yet
 * cannot.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	/** Never matches any password: stands for "no password set yet". */
	private static final String NO_PASSWORD = "{bcrypt}$2a$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinvali";

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return toUser(account);
	}

	static UserDetails toUser(Account account) {
		return User.withUsername(account.getUsername())
			.password(account.hasPassword() ? account.getPasswordHash() : NO_PASSWORD)
			.disabled(!account.isEnabled())
			.authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
			.build();
	}

}
