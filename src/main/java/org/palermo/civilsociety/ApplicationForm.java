package org.palermo.civilsociety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An organisation's application to a constructive dialogue: who attends, on what
 * expertise, and whether it asks for travel support (grassroots and victim-led
 * organisations).
 */
public record ApplicationForm(@NotBlank @Size(max = 1000) String attendees,
		@NotBlank @Size(max = 2000) String expertise, Boolean travelSupport, @Size(max = 1000) String travelReason) {

	public ApplicationForm {
		travelSupport = travelSupport != null && travelSupport;
	}

	static ApplicationForm empty() {
		return new ApplicationForm("", "", false, "");
	}

}
