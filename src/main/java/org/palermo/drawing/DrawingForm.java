package org.palermo.drawing;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The secretariat's new drawing: which States under review, for which group and cluster,
 * under which rules.
 */
record DrawingForm(@NotBlank @Size(max = 200) String title, @Min(1) @Max(99) Integer reviewGroup,
		@NotNull @Pattern(regexp = "I|II|III|IV") String cluster,
		@NotNull @Size(max = 2000) @Pattern(regexp = "[A-Za-z\\s,;]*") String statesUnderReview,
		@NotNull @Min(1) @Max(10) Integer maxReviewsPerState, @NotNull @Min(2) @Max(8) Integer maxReviewingStates,
		Boolean mutualReviewsAllowed, @Size(max = 300) String publicValueSource,
		@Size(max = 600) List<@Pattern(regexp = "[A-Z]{2}:(TIP|SOM|FA)") String> confirmedGaps) {

	static DrawingForm empty() {
		return new DrawingForm("", 1, "I", "", 2, 4, false, "", List.of());
	}

	/** Whether the secretariat ticked this gap. */
	public boolean confirms(ParticipationGap gap) {
		return this.confirmedGaps != null && this.confirmedGaps.contains(gap.value());
	}

}
