package org.palermo.deskreview;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SummaryDocumentRepository extends JpaRepository<SummaryDocument, Long> {

	Optional<SummaryDocument> findByReviewId(long reviewId);

}
