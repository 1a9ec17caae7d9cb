package org.palermo.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The secretariat's changes to a person: name, e-mail, role and State or organisation.
 */
public record AccountForm(@NotBlank @Size(max = 200) String displayName, @NotBlank @Email @Size(max = 254) String email,
		@NotNull Role role, @Pattern(regexp = "([A-Za-z]{2})?") String partyCode, Long organisationId,
		@Pattern(regexp = "(ar|zh|en|fr|ru|es)?") String preferredLanguage) {

	static AccountForm of(Account account) {
		return new AccountForm(account.getDisplayName(), account.getEmail(), account.getRole(),
				(account.getPartyCode() != null) ? account.getPartyCode() : "", account.getOrganisationId(),
				account.getPreferredLanguage());
	}

}
