package org.palermo.cycle;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * What a State agreed to show on its public country page: its focal point's contact (yes
 * or no) and the official contact to show (blank: the focal point's own name and e-mail
 * address).
 */
@Entity
class StateTransparency {

	@Id
	private String partyCode;

	private boolean showContact;

	private String contactName;

	private String contactEmail;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected StateTransparency() {
	}

	StateTransparency(String partyCode) {
		this.partyCode = partyCode;
	}

	/** The State gives or withdraws its consent and names the contact to show. */
	void decide(boolean showContact, String contactName, String contactEmail, String by, Instant when) {
		this.showContact = showContact;
		this.contactName = blankToNull(contactName);
		this.contactEmail = blankToNull(contactEmail);
		this.updatedBy = by;
		this.updatedAt = when;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	String getPartyCode() {
		return this.partyCode;
	}

	boolean isShowContact() {
		return this.showContact;
	}

	String getContactName() {
		return this.contactName;
	}

	String getContactEmail() {
		return this.contactEmail;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
