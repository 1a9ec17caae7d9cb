package org.palermo.questionnaires;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.palermo.instruments.ThematicCluster;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored questionnaires. */
interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

	Optional<Questionnaire> findByReviewId(long reviewId);

	List<Questionnaire> findByReviewIdIn(Collection<Long> reviewIds);

}
