package org.palermo.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.palermo.audit.AuditService;
import org.palermo.civilsociety.OrganisationService;
import org.palermo.notifications.MailService;
import org.palermo.parties.PartyService;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's front door: invitations, passwords, second factor, tokens,
 * disabling.
 */
@Service
public class AccountService {

	/** How long an invitation link stays valid. */
	public static final Duration INVITATION_VALIDITY = Duration.ofDays(10);

	static final int MIN_PASSWORD_LENGTH = 12;

	private final AccountRepository accounts;

	private final InvitationRepository invitations;

	private final AccessTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final PartyService parties;

	private final OrganisationService organisations;

	private final MailService mail;

	private final MessageSource messages;

	private final AuditService audit;

	private final Clock clock;

	private final String publicUrl;

	AccountService(AccountRepository accounts, InvitationRepository invitations, AccessTokenRepository tokens,
			PasswordEncoder passwords, PartyService parties, OrganisationService organisations, MailService mail,
			MessageSource messages, AuditService audit, Clock clock, @Value("${palermo.public-url}") String publicUrl) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.tokens = tokens;
		this.passwords = passwords;
		this.parties = parties;
		this.organisations = organisations;
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return (username != null) ? this.accounts.findByUsernameIgnoreCase(username) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Account account(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
	}

	/** Accounts by id, to show many people's names with one query. */
	@Transactional(readOnly = true)
	public Map<Long, Account> byIds(java.util.Collection<Long> ids) {
		Map<Long, Account> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.accounts.findAllById(ids).forEach((account) -> found.put(account.getId(), account));
		}
		return found;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return this.accounts.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	public boolean demoAccountsExist() {
		return this.accounts.existsByDemoTrue();
	}

	/**
	 * Creates the account of an invited person and mails them a one-use link to set a
	 * password.
	 */
	@Transactional
	public Account invite(InvitationForm form) {
		Account account = create(form);
		String token = Secrets.newToken("inv_");
		Instant now = Instant.now(this.clock);
		this.invitations
			.save(new Invitation(account.getId(), Secrets.sha256(token), now, now.plus(INVITATION_VALIDITY)));
		Locale locale = LocaleContextHolder.getLocale();
		String link = this.publicUrl + "/invitation/" + token;
		this.mail.send(account.getEmail(), this.messages.getMessage("mail.invitation.subject", null, locale),
				this.messages.getMessage("mail.invitation.body",
						new Object[] { account.getDisplayName(),
								this.messages.getMessage(account.getRole().labelKey(), null, locale), link,
								INVITATION_VALIDITY.toDays() },
						locale));
		this.audit.record("account.invited", "account", String.valueOf(account.getId()), null, snapshot(account));
		return account;
	}

	/** Creates a demo account with a known password; never called in production. */
	@Transactional
	public Account createDemoAccount(InvitationForm form, String password) {
		Account account = create(form);
		account.setPassword(this.passwords.encode(password));
		account.markDemo();
		this.audit.record("account.demo.created", "account", String.valueOf(account.getId()), null, snapshot(account));
		return account;
	}

	private Account create(InvitationForm form) {
		if (this.accounts.findByUsernameIgnoreCase(form.username()).isPresent()) {
			throw new UserInputException("account.error.usernameTaken");
		}
		String partyCode = null;
		if (form.role().isBoundToParty()) {
			if (form.partyCode() == null || !this.parties.exists(form.partyCode())) {
				throw new UserInputException("account.error.partyRequired");
			}
			partyCode = form.partyCode().toUpperCase(Locale.ROOT);
		}
		Long organisationId = null;
		if (form.role().isBoundToOrganisation()) {
			if (this.organisations.find(form.organisationId()).isEmpty()) {
				throw new UserInputException("account.error.organisationRequired");
			}
			organisationId = form.organisationId();
		}
		return this.accounts.save(new Account(form.username(), form.displayName(), form.email(), form.role(), partyCode,
				organisationId, Instant.now(this.clock)));
	}

	/** The account an invitation link is for, while the link is unused and valid. */
	@Transactional(readOnly = true)
	public Optional<Account> invitedAccount(String token) {
		return usableInvitation(token).flatMap((invitation) -> this.accounts.findById(invitation.getAccountId()));
	}

	/** The invited person sets a password; the link cannot be used again. */
	@Transactional
	public Account acceptInvitation(String token, String password) {
		Invitation invitation = usableInvitation(token).orElseThrow(() -> new NotFoundException("invitation"));
		checkPassword(password);
		Account account = this.accounts.findById(invitation.getAccountId())
			.orElseThrow(() -> new NotFoundException("invitation"));
		account.setPassword(this.passwords.encode(password));
		invitation.use(Instant.now(this.clock));
		this.audit.recordAs(account.getUsername(), "account.invitation.accepted", "account",
				String.valueOf(account.getId()), null, Map.of("passwordSet", true));
		return account;
	}

	private Optional<Invitation> usableInvitation(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		return this.invitations.findByTokenHash(Secrets.sha256(token)).filter((i) -> i.isUsable(now));
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
			throw new UserInputException("account.error.passwordLength");
		}
	}

	/**
	 * The secretariat disables an account: its sessions' next request and its tokens stop
	 * working.
	 */
	@Transactional
	public void disable(long id, long seenVersion, String byUsername) {
		Account account = account(id);
		if (account.getUsername().equalsIgnoreCase(byUsername)) {
			throw new UserInputException("account.error.disableSelf");
		}
		changeEnabled(account, seenVersion, false);
	}

	@Transactional
	public void enable(long id, long seenVersion) {
		changeEnabled(account(id), seenVersion, true);
	}

	private void changeEnabled(Account account, long seenVersion, boolean enabled) {
		if (account.getVersion() != seenVersion) {
			throw new ConcurrentEditException("account " + account.getId());
		}
		Map<String, Object> before = snapshot(account);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		this.accounts.saveAndFlush(account);
		this.audit.record(enabled ? "account.enabled" : "account.disabled", "account", String.valueOf(account.getId()),
				before, snapshot(account));
	}

	/** Turns on the second factor once the person proved their app holds the secret. */
	@Transactional
	public boolean confirmTotp(String username, String secret, String code) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		if (!Totp.verify(secret, code, Instant.now(this.clock))) {
			return false;
		}
		Map<String, Object> before = snapshot(account);
		account.enableTotp(secret);
		this.audit.recordAs(account.getUsername(), "account.totp.enabled", "account", String.valueOf(account.getId()),
				before, snapshot(account));
		return true;
	}

	@Transactional
	public boolean disableTotp(String username, String code) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		if (!verifyTotp(account, code)) {
			return false;
		}
		Map<String, Object> before = snapshot(account);
		account.disableTotp();
		this.audit.record("account.totp.disabled", "account", String.valueOf(account.getId()), before,
				snapshot(account));
		return true;
	}

	boolean verifyTotp(Account account, String code) {
		return account.isTotpEnabled() && Totp.verify(account.getTotpSecret(), code, Instant.now(this.clock));
	}

	/** Creates a personal access token and returns it: the only time it is ever shown. */
	@Transactional
	public String createToken(String username, String name) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new UserInputException("token.error.name");
		}
		String token = Secrets.newToken("plm_");
		AccessToken saved = this.tokens.save(new AccessToken(account.getId(), name.trim(), Secrets.sha256(token),
				token.substring(0, 8), Instant.now(this.clock)));
		this.audit.record("token.created", "access-token", String.valueOf(saved.getId()), null,
				Map.of("account", account.getUsername(), "name", saved.getName()));
		return token;
	}

	@Transactional(readOnly = true)
	public List<AccessToken> tokensOf(String username) {
		return find(username).map((account) -> this.tokens.findByAccountIdOrderByIdDesc(account.getId()))
			.orElse(List.of());
	}

	/** Revokes one of the person's own tokens; another person's token is "not found". */
	@Transactional
	public void revokeToken(String username, long tokenId) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		AccessToken token = this.tokens.findById(tokenId)
			.filter((t) -> t.getAccountId().equals(account.getId()))
			.orElseThrow(() -> new NotFoundException("token"));
		token.revoke(Instant.now(this.clock));
		this.audit.record("token.revoked", "access-token", String.valueOf(tokenId), null,
				Map.of("account", account.getUsername(), "name", token.getName()));
	}

	/** The enabled account an active token belongs to. */
	@Transactional
	public Optional<Account> authenticateToken(String raw) {
		if (raw == null || !raw.startsWith("plm_") || raw.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(Secrets.sha256(raw)).filter(AccessToken::isActive).flatMap((token) -> {
			token.used(Instant.now(this.clock));
			return this.accounts.findById(token.getAccountId()).filter(Account::isEnabled);
		});
	}

	static Map<String, Object> snapshot(Account account) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", account.getUsername());
		state.put("displayName", account.getDisplayName());
		state.put("email", account.getEmail());
		state.put("role", account.getRole().name());
		state.put("partyCode", account.getPartyCode());
		state.put("organisationId", account.getOrganisationId());
		state.put("enabled", account.isEnabled());
		state.put("totpEnabled", account.isTotpEnabled());
		return state;
	}

}
