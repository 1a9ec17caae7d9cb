package org.palermo.questionnaires;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored decisions to publish answers. */
interface AnswersPublicationRepository extends JpaRepository<AnswersPublication, Long> {

	List<AnswersPublication> findByReviewIdInAndPublishedTrue(Collection<Long> reviewIds);

}
