package org.palermo.civilsociety;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A colleague the organisation's administrator invites. */
public record MemberForm(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,50}") String username,
		@NotBlank @Size(max = 200) String displayName, @NotBlank @Email @Size(max = 254) String email) {

	static MemberForm empty() {
		return new MemberForm("", "", "");
	}

}
