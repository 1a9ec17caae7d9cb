package org.palermo.cycle;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Country reviews and "my work" as JSON. */
@RestController
class ReviewApiController {

	private final CycleService cycle;

	private final ReviewPeopleService people;

	private final ReviewPolicy policy;

	private final WorkService work;

	ReviewApiController(CycleService cycle, ReviewPeopleService people, ReviewPolicy policy, WorkService work) {
		this.cycle = cycle;
		this.people = people;
		this.policy = policy;
		this.work = work;
	}

	/**
	 * Every review with its States and phase; people only where the caller may see them.
	 */
	@GetMapping("/api/reviews")
	List<ReviewJson> reviews(Principal principal) {
		List<CountryReview> all = this.cycle.all();
		Map<Long, Boolean> sees = this.policy.seesPeople(this.policy.person(name(principal)), all);
		List<Long> visible = all.stream()
			.map(CountryReview::getId)
			.filter((id) -> sees.getOrDefault(id, false))
			.toList();
		Map<Long, List<ReviewPeopleService.Person>> names = visible.isEmpty() ? Map.of()
				: this.people.activePeople(visible);
		return all.stream()
			.map((r) -> ReviewJson.of(r,
					sees.getOrDefault(r.getId(), false) ? names.getOrDefault(r.getId(), List.of()) : null))
			.toList();
	}

	@GetMapping("/api/reviews/{id}")
	ReviewJson review(@PathVariable long id, Principal principal) {
		CountryReview review = this.cycle.review(id);
		boolean sees = this.policy.may(name(principal), ReviewAction.VIEW_PEOPLE, id);
		return ReviewJson.of(review, sees ? this.people.activePeople(List.of(id)).getOrDefault(id, List.of()) : null);
	}

	@GetMapping("/api/me/work")
	ReviewJson.WorkJson myWork(Principal principal) {
		return ReviewJson.WorkJson.of(this.work.of(principal.getName()));
	}

	private static String name(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
