package org.palermo.civilsociety;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.palermo.instruments.Instrument;

/**
 * An organisation's self-registration: who it is, where and on what it works, and the
 * person who will administer it (they receive the one-use link to set a password).
 */
public record OrganisationForm(@NotBlank @Size(max = 300) String name, @NotNull OrganisationKind kind,
		@NotBlank @Pattern(regexp = "[A-Z]{2}") String countryCode, List<String> countriesOfWork,
		@NotNull EcosocStatus ecosocStatus, List<Instrument> instruments, List<WorkingGroup> themes,
		@Size(max = 300) @Pattern(regexp = "(https?://\\S+)?") String website,
		@NotBlank @Size(max = 200) String contactName, @NotBlank @Email @Size(max = 254) String contactEmail,
		Boolean listed, Boolean grassroots, @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,50}") String username,
		@NotBlank @Size(max = 200) String displayName, @NotBlank @Email @Size(max = 254) String email) {

	public OrganisationForm {
		countriesOfWork = (countriesOfWork != null) ? List.copyOf(countriesOfWork) : List.of();
		instruments = (instruments != null) ? List.copyOf(instruments) : List.of();
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		listed = listed != null && listed;
		grassroots = grassroots != null && grassroots;
	}

	static OrganisationForm empty() {
		return new OrganisationForm("", null, "", List.of(), EcosocStatus.NONE, List.of(), List.of(), "", "", "", true,
				false, "", "", "");
	}

}
