package org.palermo.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first secretariat account of a new installation: when
 * {@code palermo.bootstrap.secretariat-username} and {@code -email} are set and no such
 * account exists, it is invited like anyone else (mail or outbox).
 */
@Component
class SecretariatBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SecretariatBootstrap.class);

	private final AccountService accounts;

	private final String username;

	private final String email;

	SecretariatBootstrap(AccountService accounts, @Value("${palermo.bootstrap.secretariat-username:}") String username,
			@Value("${palermo.bootstrap.secretariat-email:}") String email) {
		this.accounts = accounts;
		this.username = username;
		this.email = email;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.username.isBlank() || this.email.isBlank() || this.accounts.find(this.username).isPresent()) {
			return;
		}
		this.accounts
			.invite(new InvitationForm(this.username, this.username, this.email, Role.SECRETARIAT, null, null));
		log.info("Invited the first secretariat account '{}' at {}", this.username, this.email);
	}

}
