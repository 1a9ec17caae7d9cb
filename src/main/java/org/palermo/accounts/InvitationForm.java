package org.palermo.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The secretariat's invitation of a person, in one role. */
public record InvitationForm(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,50}") String username,
		@NotBlank @Size(max = 200) String displayName, @NotBlank @Email @Size(max = 254) String email,
		@NotNull Role role, @Pattern(regexp = "([A-Za-z]{2})?") String partyCode, Long organisationId) {

	static InvitationForm empty() {
		return new InvitationForm("", "", "", null, "", null);
	}

}
