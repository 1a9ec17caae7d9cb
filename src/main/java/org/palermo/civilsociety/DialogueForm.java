package org.palermo.civilsociety;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The secretariat schedules a constructive dialogue. */
public record DialogueForm(@NotBlank @Size(max = 300) String title, @NotNull WorkingGroup theme,
		@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotNull DialogueFormat format,
		@Size(max = 300) String venue, LocalDate preparationDay, @NotNull LocalDate applicationDeadline,
		@Size(max = 20000) String agenda) {

	static DialogueForm empty() {
		return new DialogueForm("", null, null, null, DialogueFormat.HYBRID, "", null, null, "");
	}

}
