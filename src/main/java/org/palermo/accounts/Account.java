package org.palermo.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A person who signs in to Palermo, in one role. Updates write only the changed columns,
 * so a concurrent use of a second-factor code is never overwritten.
 */
@Entity
@DynamicUpdate
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String email;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String partyCode;

	private Long organisationId;

	private boolean enabled;

	private boolean demo;

	private String totpSecret;

	private boolean totpEnabled;

	private Long totpLastStep;

	private Instant sessionsValidAfter;

	private Instant createdAt;

	private String preferredLanguage = "en";

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String displayName, String email, Role role, String partyCode, Long organisationId,
			Instant createdAt) {
		if (role.isBoundToParty() && partyCode == null) {
			throw new IllegalArgumentException("A " + role + " acts for a State party");
		}
		if (role.isBoundToOrganisation() && organisationId == null) {
			throw new IllegalArgumentException("A " + role + " belongs to an organisation");
		}
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.partyCode = role.isBoundToParty() ? partyCode : null;
		this.organisationId = role.isBoundToOrganisation() ? organisationId : null;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	void setPassword(String hash) {
		this.passwordHash = hash;
	}

	void markDemo() {
		this.demo = true;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void enableTotp(String secret) {
		this.totpSecret = secret;
		this.totpEnabled = true;
	}

	void disableTotp() {
		this.totpSecret = null;
		this.totpEnabled = false;
		this.totpLastStep = null;
	}

	void changeProfile(String displayName, String email, Role role, String partyCode, Long organisationId) {
		if (role.isBoundToParty() && partyCode == null) {
			throw new IllegalArgumentException("A " + role + " acts for a State party");
		}
		if (role.isBoundToOrganisation() && organisationId == null) {
			throw new IllegalArgumentException("A " + role + " belongs to an organisation");
		}
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.partyCode = role.isBoundToParty() ? partyCode : null;
		this.organisationId = role.isBoundToOrganisation() ? organisationId : null;
	}

	/** Every session signed in before now ends at its next request. */
	void endSessionsBefore(Instant now) {
		this.sessionsValidAfter = now;
	}

	boolean isSessionValid(long signedInAtMillis) {
		return this.sessionsValidAfter == null || signedInAtMillis >= this.sessionsValidAfter.toEpochMilli();
	}

	/** The language mail and reminders reach the person in (one of the six). */
	void choosePreferredLanguage(String language) {
		if (!org.palermo.system.Languages.CODES.contains(language)) {
			throw new IllegalArgumentException("Not one of the six languages: " + language);
		}
		this.preferredLanguage = language;
	}

	void changeEmail(String email) {
		this.email = email;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public Role getRole() {
		return this.role;
	}

	public String getPartyCode() {
		return this.partyCode;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isDemo() {
		return this.demo;
	}

	String getTotpSecret() {
		return this.totpSecret;
	}

	public boolean isTotpEnabled() {
		return this.totpEnabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	/** The locale of the person's preferred language, for mail and reminders. */
	public java.util.Locale getPreferredLocale() {
		return java.util.Locale.forLanguageTag(this.preferredLanguage);
	}

	public long getVersion() {
		return this.version;
	}

}
