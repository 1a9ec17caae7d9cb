package org.palermo.documents;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the cycle module's memberships: the demo accounts of Kenya's review
 * (Kenya's focal point, expert and observer, and France's expert as reviewer) take part
 * in review {@value #REVIEW}.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestReviewMemberships {

	static final long REVIEW = 4242;

	static final long OTHER_REVIEW = 9999;

	private static final Map<String, Set<Long>> MEMBERS = Map.of("focalpoint", Set.of(REVIEW), "expert", Set.of(REVIEW),
			"observer", Set.of(REVIEW), "reviewer", Set.of(REVIEW));

	@Bean
	ReviewMemberships testReviewMemberships() {
		return (username) -> MEMBERS.getOrDefault(username, Set.of());
	}

}
