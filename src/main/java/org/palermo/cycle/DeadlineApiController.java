package org.palermo.cycle;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The steps awaiting the caller, with their deadlines, as JSON. */
@RestController
@Tag(name = "Deadlines")
class DeadlineApiController {

	private final DeadlineService deadlines;

	DeadlineApiController(DeadlineService deadlines) {
		this.deadlines = deadlines;
	}

	@GetMapping("/api/me/deadlines")
	@Operation(summary = "The steps of country reviews awaiting the caller, soonest first, with due dates")
	List<DeadlineJson> mine(Principal principal) {
		return this.deadlines.awaiting(principal.getName())
			.stream()
			.map((d) -> new DeadlineJson(d.reviewId(), d.stateUnderReview(), d.cluster(), d.step(), d.due(),
					d.daysLeft(), d.overdue(), "/reviews/" + d.reviewId()))
			.toList();
	}

	/** One step awaiting the caller. */
	record DeadlineJson(long reviewId, String stateUnderReview, String cluster, ReviewStep step, LocalDate due,
			long daysLeft, boolean overdue, String link) {
	}

}
