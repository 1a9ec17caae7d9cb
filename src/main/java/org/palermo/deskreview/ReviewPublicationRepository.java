package org.palermo.deskreview;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.palermo.cycle.ReviewDocument;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewPublicationRepository extends JpaRepository<ReviewPublication, Long> {

	List<ReviewPublication> findByReviewId(long reviewId);

	Optional<ReviewPublication> findByReviewIdAndDocument(long reviewId, ReviewDocument document);

	List<ReviewPublication> findByReviewIdInAndPublishedTrue(Collection<Long> reviewIds);

}
