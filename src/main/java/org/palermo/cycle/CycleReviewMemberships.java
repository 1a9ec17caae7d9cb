package org.palermo.cycle;

import java.util.Set;
import java.util.stream.Collectors;

import org.palermo.documents.ReviewMemberships;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the library which country reviews a person takes part in, so review documents are
 * found, counted and shown only to the review's people (and the secretariat).
 */
@Component
class CycleReviewMemberships implements ReviewMemberships {

	private final ReviewPolicy policy;

	CycleReviewMemberships(ReviewPolicy policy) {
		this.policy = policy;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> reviewIdsOf(String username) {
		return this.policy.person(username)
			.map((person) -> this.policy.membershipsOf(person).keySet())
			.map((ids) -> ids.stream().collect(Collectors.toUnmodifiableSet()))
			.orElse(Set.of());
	}

}
