package org.palermo.accounts;

import org.palermo.notifications.MailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first secretariat account of a new installation: when
 * {@code palermo.bootstrap.secretariat-username} and {@code -email} are set and no such
 * account exists, it is invited like anyone else. Without an SMTP server the invitation
 * would sit in the outbox that only a secretariat can read, so the one-use link is then
 * written to the log, once, for the installer.
 */
@Component
class SecretariatBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SecretariatBootstrap.class);

	private final AccountService accounts;

	private final MailService mail;

	private final String username;

	private final String email;

	SecretariatBootstrap(AccountService accounts, MailService mail,
			@Value("${palermo.bootstrap.secretariat-username:}") String username,
			@Value("${palermo.bootstrap.secretariat-email:}") String email) {
		this.accounts = accounts;
		this.mail = mail;
		this.username = username;
		this.email = email;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.username.isBlank() || this.email.isBlank()) {
			return;
		}
		Account existing = this.accounts.find(this.username).orElse(null);
		String link;
		if (existing == null) {
			link = this.accounts.inviteAndReturnLink(
					new InvitationForm(this.username, this.username, this.email, Role.SECRETARIAT, null, null));
		}
		else if (!existing.hasPassword() && existing.isEnabled() && !this.accounts.hasUsableInvitation(existing)) {
			// The first link expired unused: nobody else can invite, so issue a new one.
			link = this.accounts.resendInvitation(existing.getId());
		}
		else {
			return;
		}
		if (this.mail.isSmtpConfigured()) {
			log.info("Invited the first secretariat account '{}' at {}", this.username, this.email);
		}
		else {
			log.warn(
					"No mail server configured: the first secretariat account '{}' sets its password at {} "
							+ "(one use, valid {} days; shown only this once)",
					this.username, link, AccountService.INVITATION_VALIDITY.toDays());
		}
	}

}
