package org.palermo.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The secretariat's invitation of a person, in one role, with the language their mail is
 * written in.
 */
public record InvitationForm(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,50}") String username,
		@NotBlank @Size(max = 200) String displayName, @NotBlank @Email @Size(max = 254) String email,
		@NotNull Role role, @Pattern(regexp = "([A-Za-z]{2})?") String partyCode, Long organisationId,
		@Pattern(regexp = "(ar|zh|en|fr|ru|es)?") String preferredLanguage) {

	/** An invitation in English, the default language. */
	public InvitationForm(String username, String displayName, String email, Role role, String partyCode,
			Long organisationId) {
		this(username, displayName, email, role, partyCode, organisationId, "en");
	}

	/** The invitee's language, English when none was chosen. */
	public String language() {
		return (this.preferredLanguage == null || this.preferredLanguage.isBlank()) ? "en" : this.preferredLanguage;
	}

	static InvitationForm empty() {
		return new InvitationForm("", "", "", null, "", null, "en");
	}

}
