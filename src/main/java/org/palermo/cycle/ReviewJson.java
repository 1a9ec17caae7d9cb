package org.palermo.cycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A country review in the API: {@code people} only for the review's members and the
 * secretariat.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewJson(long id, String stateUnderReview, String cluster, int cycle, Integer reviewGroup, String phase,
		List<ReviewingState> reviewingStates, Map<String, LocalDate> deadlines, List<PersonJson> people) {

	static ReviewJson of(CountryReview review, List<ReviewPeopleService.Person> people) {
		Map<String, LocalDate> deadlines = new LinkedHashMap<>();
		review.getDeadlines().forEach((step, date) -> deadlines.put(step.name(), date));
		return new ReviewJson(review.getId(), review.getStateUnderReview(), review.getCluster().name(),
				review.getCycle(), review.getReviewGroup(), review.getPhase().name(),
				review.getReviewers()
					.stream()
					.map((r) -> new ReviewingState(r.getPartyCode(), r.getSlot().name()))
					.toList(),
				deadlines,
				(people != null) ? people.stream()
					.map((p) -> new PersonJson(p.name(), p.member().getRole().name(), p.member().getPartyCode()))
					.toList() : null);
	}

	/** A reviewing State and its slot. */
	public record ReviewingState(String code, String slot) {
	}

	/** A member of the review. */
	public record PersonJson(String name, String role, String party) {
	}

	/** "My work" in the API. */
	public record WorkJson(List<WorkReview> reviews, List<WorkAction> actions) {

		static WorkJson of(WorkService.MyWork work) {
			return new WorkJson(
					work.reviews()
						.stream()
						.map((i) -> new WorkReview(i.review().getId(), i.review().getStateUnderReview(),
								i.role().name(), (i.nextStep() != null) ? i.nextStep().name() : null, i.deadline()))
						.toList(),
					work.actions()
						.stream()
						.map((a) -> new WorkAction(a.kind().name(), a.reviewId(), a.due()))
						.toList());
		}

	}

	/** One review of the caller's, with their role and the next step. */
	public record WorkReview(long id, String stateUnderReview, String role, String nextStep, LocalDate deadline) {
	}

	/** Something that awaits the caller. */
	public record WorkAction(String kind, long reviewId, LocalDate due) {
	}

}
