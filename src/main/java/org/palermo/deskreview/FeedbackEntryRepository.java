package org.palermo.deskreview;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackEntryRepository extends JpaRepository<FeedbackEntry, Long> {

	List<FeedbackEntry> findByReviewIdOrderById(long reviewId);

	Optional<FeedbackEntry> findByReviewIdAndPartyCodeAndArticleId(long reviewId, String partyCode, long articleId);

	List<FeedbackEntry> findByReviewIdAndPartyCodeAndStatus(long reviewId, String partyCode, FeedbackStatus status);

}
