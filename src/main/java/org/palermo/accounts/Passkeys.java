package org.palermo.accounts;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.palermo.system.NotFoundException;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * People's passkeys, kept by Spring Security's JDBC repository: a new one or a removed
 * one is a change of the account's credentials, so it is recorded, alerted by mail (a new
 * one) and ends the person's other sessions, whether it came through Spring Security's
 * WebAuthn endpoints or the account page.
 */
@Component
class Passkeys implements UserCredentialRepository {

	static final int MAX_LABEL = 100;

	private final JdbcUserCredentialRepository credentials;

	private final PublicKeyCredentialUserEntityRepository users;

	private final AccountService accounts;

	private final Clock clock;

	Passkeys(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users, AccountService accounts, Clock clock) {
		this.credentials = new JdbcUserCredentialRepository(jdbc);
		this.users = users;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void save(CredentialRecord record) {
		boolean added = this.credentials.findByCredentialId(record.getCredentialId()) == null;
		if (added) {
			String label = (record.getLabel() != null) ? record.getLabel().strip() : "";
			if (label.isEmpty() || label.length() > MAX_LABEL) {
				throw new IllegalArgumentException("A passkey's label has 1 to " + MAX_LABEL + " characters");
			}
		}
		this.credentials.save(record);
		if (added) {
			String owner = ownerOf(record);
			this.accounts.passkeyRegistered(owner, record.getLabel().strip(), address());
			keepThisSession();
			HttpServletRequest request = request();
			if (request != null && request.getSession(false) != null) {
				PasskeySecurity.registrationDone(request.getSession(false));
			}
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		CredentialRecord record = this.credentials.findByCredentialId(credentialId);
		this.credentials.delete(credentialId);
		if (record != null) {
			this.accounts.passkeyRemoved(ownerOf(record), record.getLabel(), address());
			keepThisSession();
		}
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.credentials.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.credentials.findByUserId(userId);
	}

	/** A person's passkeys, newest first. */
	List<Passkey> of(String username) {
		return recordsOf(username).stream()
			.sorted(Comparator.comparing(CredentialRecord::getCreated).reversed())
			.map((r) -> new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(),
					Objects.equals(r.getLastUsed(), r.getCreated()) ? null : r.getLastUsed()))
			.toList();
	}

	boolean exist(String username) {
		return !recordsOf(username).isEmpty();
	}

	/** Removes one of the person's own passkeys; another person's is "not found". */
	void remove(String username, String id) {
		if (id == null || !id.matches("[A-Za-z0-9_-]{1,1400}")) {
			throw new NotFoundException("passkey");
		}
		Bytes credentialId = Bytes.fromBase64(id);
		CredentialRecord record = this.credentials.findByCredentialId(credentialId);
		if (record == null || !username.equals(ownerOf(record))) {
			throw new NotFoundException("passkey");
		}
		delete(credentialId);
	}

	private List<CredentialRecord> recordsOf(String username) {
		PublicKeyCredentialUserEntity user = (username != null) ? this.users.findByUsername(username) : null;
		return (user != null) ? this.credentials.findByUserId(user.getId()) : List.of();
	}

	private String ownerOf(CredentialRecord record) {
		PublicKeyCredentialUserEntity user = this.users.findById(record.getUserEntityUserId());
		return (user != null) ? user.getName() : null;
	}

	private static HttpServletRequest request() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	private static String address() {
		HttpServletRequest request = request();
		return (request != null) ? request.getRemoteAddr() : null;
	}

	/** The session that made the change stays; the person's other sessions end. */
	private void keepThisSession() {
		HttpServletRequest request = request();
		if (request != null && request.getSession(false) != null) {
			AccountsSecurity.markSignedIn(request, this.clock);
		}
	}

}
