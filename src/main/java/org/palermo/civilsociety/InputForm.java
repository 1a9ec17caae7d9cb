package org.palermo.civilsociety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.palermo.instruments.Instrument;

/** An organisation's written input on a country review, as the form sends it. */
public record InputForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20000) String body,
		Instrument instrument, @Size(max = 200) @Pattern(regexp = "[0-9A-Za-z., ()-]*") String articles,
		@NotNull InputReach reach, Boolean nameWithheld) {

	public InputForm {
		nameWithheld = nameWithheld != null && nameWithheld;
	}

	static InputForm empty() {
		return new InputForm("", "", null, "", InputReach.REVIEW_STATES, false);
	}

}
