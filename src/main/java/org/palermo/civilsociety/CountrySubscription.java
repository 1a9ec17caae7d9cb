package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Someone follows a country's updates by mail, once they confirmed from the link. */
@Entity
public class CountrySubscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String countryCode;

	private String email;

	private String language;

	private String tokenHash;

	private String leaveToken;

	private Instant confirmedAt;

	private Instant createdAt;

	protected CountrySubscription() {
	}

	CountrySubscription(String countryCode, String email, String language, String tokenHash, String leaveToken,
			Instant now) {
		this.countryCode = countryCode;
		this.email = email;
		this.language = language;
		this.tokenHash = tokenHash;
		this.leaveToken = leaveToken;
		this.createdAt = now;
	}

	/** A new link replaces the old one (asked again before confirming). */
	void renew(String tokenHash, String language) {
		this.tokenHash = tokenHash;
		this.language = language;
	}

	void confirm(Instant now) {
		if (this.confirmedAt == null) {
			this.confirmedAt = now;
		}
	}

	public boolean isConfirmed() {
		return this.confirmedAt != null;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public String getEmail() {
		return this.email;
	}

	String getLeaveToken() {
		return this.leaveToken;
	}

	public String getLanguage() {
		return this.language;
	}

}
