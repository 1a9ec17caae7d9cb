package org.palermo.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.palermo.audit.AuditService;
import org.palermo.notifications.MailService;
import org.palermo.parties.PartyNames;
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
 * The accounts module's front door: invitations, passwords and their reset, second factor
 * and recovery codes, tokens, the secretariat's changes to a person.
 */
@Service
public class AccountService {

	/** How long an invitation link stays valid. */
	public static final Duration INVITATION_VALIDITY = Duration.ofDays(10);

	/** How long a password reset link stays valid. */
	public static final Duration RESET_VALIDITY = Duration.ofHours(1);

	/** How long the link confirming a new e-mail address stays valid. */
	public static final Duration EMAIL_CHANGE_VALIDITY = Duration.ofDays(2);

	/** A token's lifetime unless the person picks another, and the longest allowed. */
	public static final int DEFAULT_TOKEN_DAYS = 90;

	public static final int MAX_TOKEN_DAYS = 365;

	static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

	static final int RECOVERY_CODES = 10;

	/** Reset mails one address may ask for in an hour; more are silently not sent. */
	static final int MAX_RESET_REQUESTS_PER_HOUR = 5;

	private final AccountRepository accounts;

	private final InvitationRepository invitations;

	private final AccessTokenRepository tokens;

	private final AccountsStores stores;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final PartyService parties;

	private final OrganisationDirectory organisations;

	private final MailService mail;

	private final MessageSource messages;

	private final AuditService audit;

	private final SecurityEvents events;

	private final Clock clock;

	private final String publicUrl;

	private final PartyNames partyNames;

	AccountService(AccountRepository accounts, InvitationRepository invitations, AccessTokenRepository tokens,
			AccountsStores stores, PasswordEncoder passwords, PasswordPolicy policy, PartyService parties,
			OrganisationDirectory organisations, MailService mail, MessageSource messages, AuditService audit,
			SecurityEvents events, Clock clock, @Value("${palermo.public-url}") String publicUrl,
			PartyNames partyNames) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.tokens = tokens;
		this.stores = stores;
		this.passwords = passwords;
		this.policy = policy;
		this.parties = parties;
		this.organisations = organisations;
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.publicUrl = publicUrl;
		this.partyNames = partyNames;
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		if (username == null) {
			return Optional.empty();
		}
		// Every request looks its person up: the exact name uses the unique index; only a
		// name typed in another case falls back to the comparison that reads every row.
		Optional<Account> exact = this.accounts.findByUsername(username);
		return exact.isPresent() ? exact : this.accounts.findByUsernameIgnoreCase(username);
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

	/** The people of one civil society organisation, by user name. */
	@Transactional(readOnly = true)
	public List<Account> membersOf(long organisationId) {
		return this.accounts.findByOrganisationIdOrderByUsernameAsc(organisationId);
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
		sendInvitation(account);
		this.audit.record("account.invited", "account", String.valueOf(account.getId()), null, snapshot(account));
		return account;
	}

	/**
	 * Invites and returns the link itself as well, for an installer who has no mail yet.
	 */
	@Transactional
	public String inviteAndReturnLink(InvitationForm form) {
		Account account = create(form);
		String link = sendInvitation(account);
		this.audit.record("account.invited", "account", String.valueOf(account.getId()), null, snapshot(account));
		return link;
	}

	private String sendInvitation(Account account) {
		String token = Secrets.newToken("inv_");
		Instant now = Instant.now(this.clock);
		this.invitations
			.save(new Invitation(account.getId(), Secrets.sha256(token), now, now.plus(INVITATION_VALIDITY)));
		// In the invitee's language, whatever language the inviter browses in; a person
		// who
		// acts for a State is told which one.
		Locale locale = account.getPreferredLocale();
		String link = this.publicUrl + "/invitation/" + token;
		String role = this.messages.getMessage(account.getRole().labelKey(), null, locale);
		String body = (account.getPartyCode() != null)
				? this.messages.getMessage("notifications.mail.invitationForState",
						new Object[] { account.getDisplayName(), role,
								this.partyNames.name(account.getPartyCode(), locale), link,
								INVITATION_VALIDITY.toDays() },
						locale)
				: this.messages.getMessage("mail.invitation.body",
						new Object[] { account.getDisplayName(), role, link, INVITATION_VALIDITY.toDays() }, locale);
		this.mail.send(account.getEmail(), locale, this.messages.getMessage("mail.invitation.subject", null, locale),
				body);
		return link;
	}

	/**
	 * The secretariat sends a new invitation link to a person who has not set a password
	 * yet; earlier links stop working.
	 */
	@Transactional
	public String resendInvitation(long id) {
		Account account = account(id);
		if (account.hasPassword()) {
			throw new UserInputException("account.error.alreadyActive");
		}
		this.invitations.cancelAllOf(account.getId(), Instant.now(this.clock));
		String link = sendInvitation(account);
		this.audit.record("account.invitation.resent", "account", String.valueOf(id), null, snapshot(account));
		return link;
	}

	/**
	 * The secretariat withdraws an invitation: its link stops working, the account is
	 * disabled.
	 */
	@Transactional
	public void cancelInvitation(long id, long seenVersion) {
		Account account = account(id);
		if (account.hasPassword()) {
			throw new UserInputException("account.error.alreadyActive");
		}
		this.invitations.cancelAllOf(account.getId(), Instant.now(this.clock));
		changeEnabled(account, seenVersion, false);
		this.audit.record("account.invitation.cancelled", "account", String.valueOf(id), null, snapshot(account));
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
		String email = form.email().trim();
		if (this.accounts.findFirstByEmailIgnoreCase(email).isPresent()) {
			throw new UserInputException("account.error.emailTaken");
		}
		if (form.role() == null) {
			throw new UserInputException("account.error.roleRequired");
		}
		Account account = new Account(form.username(), form.displayName(), email, form.role(),
				partyCodeFor(form.role(), form.partyCode()), organisationFor(form.role(), form.organisationId()),
				Instant.now(this.clock));
		account.choosePreferredLanguage(form.language());
		return this.accounts.save(account);
	}

	private String partyCodeFor(Role role, String partyCode) {
		if (!role.isBoundToParty()) {
			return null;
		}
		if (partyCode == null || partyCode.isBlank() || !this.parties.exists(partyCode)) {
			throw new UserInputException("account.error.partyRequired");
		}
		return partyCode.toUpperCase(Locale.ROOT);
	}

	private Long organisationFor(Role role, Long organisationId) {
		if (!role.isBoundToOrganisation()) {
			return null;
		}
		if (organisationId == null || !this.organisations.exists(organisationId)) {
			throw new UserInputException("account.error.organisationRequired");
		}
		return organisationId;
	}

	/**
	 * The secretariat changes a person's name, role and State or organisation; a new
	 * e-mail address only takes effect once its owner confirms it from the link mailed
	 * there. Answers whether a confirmation was mailed.
	 */
	@Transactional
	public boolean updateProfile(long id, long seenVersion, AccountForm form) {
		Account account = account(id);
		if (account.getVersion() != seenVersion) {
			throw new ConcurrentEditException("account " + id);
		}
		Map<String, Object> before = snapshot(account);
		account.changeProfile(form.displayName().trim(), account.getEmail(), form.role(),
				partyCodeFor(form.role(), form.partyCode()), organisationFor(form.role(), form.organisationId()));
		if (form.preferredLanguage() != null && !form.preferredLanguage().isBlank()) {
			account.choosePreferredLanguage(form.preferredLanguage());
		}
		this.accounts.saveAndFlush(account);
		this.audit.record("account.updated", "account", String.valueOf(id), before, snapshot(account));
		String email = form.email().trim();
		if (email.equalsIgnoreCase(account.getEmail())) {
			return false;
		}
		this.accounts.findFirstByEmailIgnoreCase(email).ifPresent((other) -> {
			throw new UserInputException("account.error.emailTaken");
		});
		String token = Secrets.newToken("eml_");
		Instant now = Instant.now(this.clock);
		this.stores.emailChanges()
			.save(new EmailChange(id, email, Secrets.sha256(token), now, now.plus(EMAIL_CHANGE_VALIDITY)));
		Locale locale = LocaleContextHolder.getLocale();
		this.mail.send(email, this.messages.getMessage("mail.emailChange.subject", null, locale),
				this.messages.getMessage(
						"mail.emailChange.body", new Object[] { account.getDisplayName(),
								this.publicUrl + "/email-confirmation/" + token, EMAIL_CHANGE_VALIDITY.toDays() },
						locale));
		return true;
	}

	/**
	 * The owner of a new address opens the link mailed to it: the address is now theirs.
	 */
	@Transactional
	public boolean confirmEmail(String token) {
		if (token == null || token.length() > 100) {
			return false;
		}
		Instant now = Instant.now(this.clock);
		EmailChange change = this.stores.emailChanges()
			.findByTokenHash(Secrets.sha256(token))
			.filter((c) -> c.isUsable(now))
			.orElse(null);
		if (change == null) {
			return false;
		}
		Account account = account(change.getAccountId());
		if (this.accounts.findFirstByEmailIgnoreCase(change.getNewEmail())
			.filter((other) -> !other.getId().equals(account.getId()))
			.isPresent()) {
			return false;
		}
		Map<String, Object> before = snapshot(account);
		change.use(now);
		account.changeEmail(change.getNewEmail());
		this.audit.recordAs(account.getUsername(), "account.email.confirmed", "account",
				String.valueOf(account.getId()), before, snapshot(account));
		return true;
	}

	@Transactional(readOnly = true)
	public boolean hasUsableInvitation(Account account) {
		return this.invitations.hasUsable(account.getId(), Instant.now(this.clock));
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
		Account account = this.accounts.findById(invitation.getAccountId())
			.orElseThrow(() -> new NotFoundException("invitation"));
		checkPassword(account, password);
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

	private void checkPassword(Account account, String password) {
		this.policy.check(password, account.getUsername(), account.getEmail(), account.getDisplayName(), "palermo");
	}

	/** A signed-in person changes their password, giving the current one. */
	@Transactional
	public void changePassword(String username, String current, String password, String address) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		if (current == null || !account.hasPassword() || !this.passwords.matches(current, account.getPasswordHash())) {
			throw new UserInputException("password.error.current");
		}
		checkPassword(account, password);
		setNewPassword(account, password, address);
	}

	private void setNewPassword(Account account, String password, String address) {
		Instant now = Instant.now(this.clock);
		account.setPassword(this.passwords.encode(password));
		account.endSessionsBefore(now);
		this.stores.resets().useAllOf(account.getId(), now);
		this.audit.recordAs(account.getUsername(), "account.password.changed", "account",
				String.valueOf(account.getId()), null, Map.of("passwordChanged", true));
		this.events.record(SecurityEvents.PASSWORD_CHANGED, account, null, address, null);
		alert(account, "mail.alert.password.subject", "mail.alert.password.body", address);
	}

	/**
	 * Mails a one-use link, valid one hour, to the account with this address, if there is
	 * one; the caller answers the same either way.
	 */
	@Transactional
	public void requestPasswordReset(String email, String address) {
		if (email == null || email.isBlank() || email.length() > 254) {
			return;
		}
		Instant now = Instant.now(this.clock);
		if (this.events.countFrom(address, SecurityEvents.PASSWORD_RESET_REQUESTED,
				now.minus(Duration.ofHours(1))) >= MAX_RESET_REQUESTS_PER_HOUR) {
			return;
		}
		Account account = this.accounts.findFirstByEmailIgnoreCase(email.trim())
			.filter((a) -> a.isEnabled() && a.hasPassword())
			.orElse(null);
		this.events.record(SecurityEvents.PASSWORD_RESET_REQUESTED, account, null, address, null);
		if (account == null) {
			return;
		}
		String token = Secrets.newToken("rst_");
		this.stores.resets()
			.save(new PasswordReset(account.getId(), Secrets.sha256(token), now, now.plus(RESET_VALIDITY)));
		Locale locale = LocaleContextHolder.getLocale();
		this.mail
			.send(account.getEmail(), this.messages.getMessage("mail.reset.subject", null, locale),
					this.messages
						.getMessage(
								"mail.reset.body", new Object[] { account.getDisplayName(),
										this.publicUrl + "/login/reset/" + token, RESET_VALIDITY.toMinutes() },
								locale));
	}

	/** The account a reset link is for, while it is unused and younger than an hour. */
	@Transactional(readOnly = true)
	public Optional<Account> resetAccount(String token) {
		return usableReset(token).flatMap((reset) -> this.accounts.findById(reset.getAccountId()))
			.filter(Account::isEnabled);
	}

	@Transactional
	public Account resetPassword(String token, String password, String address) {
		PasswordReset reset = usableReset(token).orElseThrow(() -> new NotFoundException("reset"));
		Account account = this.accounts.findById(reset.getAccountId())
			.filter(Account::isEnabled)
			.orElseThrow(() -> new NotFoundException("reset"));
		checkPassword(account, password);
		setNewPassword(account, password, address);
		return account;
	}

	private Optional<PasswordReset> usableReset(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		return this.stores.resets().findByTokenHash(Secrets.sha256(token)).filter((r) -> r.isUsable(now));
	}

	/**
	 * The secretariat disables an account: its sessions' next request fails and its
	 * tokens are revoked for good (enabling it again does not bring them back).
	 */
	@Transactional
	public void disable(long id, long seenVersion, String byUsername) {
		Account account = account(id);
		if (account.getUsername().equalsIgnoreCase(byUsername)) {
			throw new UserInputException("account.error.disableSelf");
		}
		changeEnabled(account, seenVersion, false);
	}

	/**
	 * The secretariat ends every session of a person, leaving the account enabled: each
	 * session's next request signs it out.
	 */
	@Transactional
	public Account endSessions(long id, String address) {
		Account account = account(id);
		account.endSessionsBefore(Instant.now(this.clock));
		this.accounts.saveAndFlush(account);
		this.audit.record("account.sessions.ended", "account", String.valueOf(id), null, Map.of("sessionsEnded", true));
		this.events.record(SecurityEvents.SESSIONS_ENDED, account, null, address, null);
		return account;
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
			this.tokens.revokeAllOf(account.getId(), Instant.now(this.clock));
		}
		this.accounts.saveAndFlush(account);
		this.audit.record(enabled ? "account.enabled" : "account.disabled", "account", String.valueOf(account.getId()),
				before, snapshot(account));
	}

	/**
	 * Turns on the second factor once the person proved their app holds the secret. Never
	 * replaces one already on: that is {@link #changeTotp}, which needs its current code.
	 */
	@Transactional
	public boolean confirmTotp(String username, String secret, String code) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		if (account.isTotpEnabled()) {
			return false;
		}
		return enrol(account, secret, code, null);
	}

	/** Replaces the authenticator: the current one's code first, then the new one's. */
	@Transactional
	public boolean changeTotp(String username, String currentCode, String secret, String code, String address) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		if (!account.isTotpEnabled() || Totp.matchingStep(secret, code, Instant.now(this.clock)) < 0
				|| !verifySecondFactor(account, currentCode, address)) {
			return false;
		}
		return enrol(account, secret, code, address);
	}

	private boolean enrol(Account account, String secret, String code, String address) {
		long step = Totp.matchingStep(secret, code, Instant.now(this.clock));
		if (step < 0) {
			return false;
		}
		Map<String, Object> before = snapshot(account);
		account.enableTotp(secret);
		account.endSessionsBefore(Instant.now(this.clock));
		this.accounts.saveAndFlush(account);
		this.accounts.useTotpStep(account.getId(), step);
		this.audit.recordAs(account.getUsername(), "account.totp.enabled", "account", String.valueOf(account.getId()),
				before, snapshot(account));
		this.events.record(SecurityEvents.SECOND_FACTOR_CHANGED, account, null, address, "enabled");
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
		this.stores.recoveryCodes().deleteAllOf(account.getId());
		this.audit.record("account.totp.disabled", "account", String.valueOf(account.getId()), before,
				snapshot(account));
		this.events.record(SecurityEvents.SECOND_FACTOR_CHANGED, account, null, null, "disabled");
		return true;
	}

	/** A code of the person's authenticator, accepted once only. */
	boolean verifyTotp(Account account, String code) {
		if (!account.isTotpEnabled()) {
			return false;
		}
		long step = Totp.matchingStep(account.getTotpSecret(), code, Instant.now(this.clock));
		return step >= 0 && this.accounts.useTotpStep(account.getId(), step) == 1;
	}

	/**
	 * The second factor at sign-in or before a sensitive change: an authenticator code
	 * (once) or an unused recovery code (then used up).
	 */
	boolean verifySecondFactor(Account account, String code, String address) {
		if (code == null || code.length() > 64) {
			return false;
		}
		String trimmed = code.trim();
		if (trimmed.matches("\\d{6}")) {
			return verifyTotp(account, trimmed);
		}
		if (!account.isTotpEnabled()) {
			return false;
		}
		String normalised = trimmed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
		boolean used = this.stores.useRecoveryCode(account.getId(), Secrets.sha256(normalised),
				Instant.now(this.clock));
		if (used) {
			this.events.record(SecurityEvents.RECOVERY_CODE_USED, account, null, address, null);
		}
		return used;
	}

	/**
	 * Ten new one-use recovery codes, replacing any earlier ones; shown once, stored
	 * hashed.
	 */
	@Transactional
	public List<String> newRecoveryCodes(String username) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		if (!account.isTotpEnabled()) {
			throw new UserInputException("recovery.error.noSecondFactor");
		}
		this.stores.recoveryCodes().deleteAllOf(account.getId());
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = Secrets.recoveryCode();
			codes.add(code);
			this.stores.recoveryCodes().save(new RecoveryCode(account.getId(), Secrets.sha256(code.replace("-", ""))));
		}
		this.audit.recordAs(account.getUsername(), "account.recovery-codes.created", "account",
				String.valueOf(account.getId()), null, Map.of("count", RECOVERY_CODES));
		return codes;
	}

	@Transactional(readOnly = true)
	public long unusedRecoveryCodes(String username) {
		return find(username).map((account) -> this.stores.recoveryCodes().countUnused(account.getId())).orElse(0L);
	}

	/**
	 * Whether this is the person's current password (asked again before a new passkey).
	 */
	@Transactional(readOnly = true)
	boolean isCurrentPassword(String username, String password) {
		Account account = find(username).orElse(null);
		return account != null && password != null && password.length() <= 1024 && account.hasPassword()
				&& this.passwords.matches(password, account.getPasswordHash());
	}

	/**
	 * A person registered a passkey: recorded, told by mail, and their other sessions end
	 * (a new way in is a change of credentials).
	 */
	@Transactional
	void passkeyRegistered(String username, String label, String address) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		account.endSessionsBefore(Instant.now(this.clock));
		this.accounts.saveAndFlush(account);
		this.audit.recordAs(account.getUsername(), "account.passkey.registered", "account",
				String.valueOf(account.getId()), null, Map.of("label", label));
		this.events.record(SecurityEvents.PASSKEY_REGISTERED, account, null, address, label);
		alert(account, "mail.alert.passkey.subject", "mail.alert.passkey.body", address);
	}

	/** A person removed a passkey: recorded, and their other sessions end. */
	@Transactional
	void passkeyRemoved(String username, String label, String address) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		account.endSessionsBefore(Instant.now(this.clock));
		this.accounts.saveAndFlush(account);
		this.audit.recordAs(account.getUsername(), "account.passkey.removed", "account",
				String.valueOf(account.getId()), Map.of("label", label), null);
		this.events.record(SecurityEvents.PASSKEY_REMOVED, account, null, address, label);
	}

	/** Creates a read-only personal access token valid for the default 90 days. */
	@Transactional
	public String createToken(String username, String name) {
		return createToken(username, name, TokenScope.READ, DEFAULT_TOKEN_DAYS, null);
	}

	/**
	 * Creates a personal access token and returns it: the only time it is ever shown. The
	 * owner is told by mail.
	 */
	@Transactional
	public String createToken(String username, String name, TokenScope scope, int days, String address) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new UserInputException("token.error.name");
		}
		if (scope == null) {
			throw new UserInputException("token.error.scope");
		}
		if (days < 1 || days > MAX_TOKEN_DAYS) {
			throw new UserInputException("token.error.days");
		}
		String token = Secrets.newToken("plm_");
		Instant now = Instant.now(this.clock);
		AccessToken saved = this.tokens.save(new AccessToken(account.getId(), name.trim(), Secrets.sha256(token),
				token.substring(0, 8), scope, now, now.plus(Duration.ofDays(days))));
		this.audit.record("token.created", "access-token", String.valueOf(saved.getId()), null,
				Map.of("account", account.getUsername(), "name", saved.getName(), "scope", scope.name()));
		this.events.record(SecurityEvents.TOKEN_CREATED, account, null, address, saved.getName());
		alert(account, "mail.alert.token.subject", "mail.alert.token.body", address);
		return token;
	}

	@Transactional(readOnly = true)
	public List<AccessToken> tokensOf(String username) {
		return find(username).map((account) -> this.tokens.findByAccountIdOrderByIdDesc(account.getId()))
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public List<AccessToken> tokensOf(Account account) {
		return this.tokens.findByAccountIdOrderByIdDesc(account.getId());
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
		this.events.record(SecurityEvents.TOKEN_REVOKED, account, null, null, token.getName());
	}

	/**
	 * The enabled account an unexpired, unrevoked token belongs to, with the token's
	 * scope. Recording the use touches only that column, in its own transaction.
	 */
	public Optional<TokenHolder> authenticateToken(String raw) {
		if (raw == null || !raw.startsWith("plm_") || raw.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		return this.tokens.findByTokenHash(Secrets.sha256(raw)).filter((t) -> t.isUsable(now)).flatMap((token) -> {
			this.tokens.markUsed(token.getId(), now);
			return this.accounts.findById(token.getAccountId())
				.filter(Account::isEnabled)
				.map((account) -> new TokenHolder(account, token.getScope()));
		});
	}

	/** Who a token acts for, and what it may do. */
	public record TokenHolder(Account account, TokenScope scope) {

	}

	/** The person chooses the language of their mail and reminders. */
	@Transactional
	public void changePreferredLanguage(String username, String language) {
		Account account = find(username).orElseThrow(() -> new NotFoundException("account"));
		if (language == null || !org.palermo.system.Languages.CODES.contains(language)) {
			throw new UserInputException("notifications.language.invalid");
		}
		String before = account.getPreferredLanguage();
		account.choosePreferredLanguage(language);
		this.audit.recordAs(account.getUsername(), "account.language.changed", "account",
				String.valueOf(account.getId()), Map.of("preferredLanguage", before),
				Map.of("preferredLanguage", language));
	}

	private void alert(Account account, String subjectKey, String bodyKey, String address) {
		Locale locale = account.getPreferredLocale();
		this.mail.send(account.getEmail(), locale, this.messages.getMessage(subjectKey, null, locale),
				this.messages.getMessage(bodyKey, new Object[] { account.getDisplayName(),
						Instant.now(this.clock).toString(), (address != null) ? address : "-" }, locale));
	}

	static Map<String, Object> snapshot(Account account) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", account.getUsername());
		state.put("displayName", account.getDisplayName());
		state.put("email", account.getEmail());
		state.put("role", account.getRole().name());
		state.put("partyCode", account.getPartyCode());
		state.put("organisationId", account.getOrganisationId());
		state.put("preferredLanguage", account.getPreferredLanguage());
		state.put("enabled", account.isEnabled());
		state.put("totpEnabled", account.isTotpEnabled());
		return state;
	}

}
