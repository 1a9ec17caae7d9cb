package org.palermo.questionnaires;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.palermo.instruments.ThematicCluster;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored answers. */
interface AnswerRepository extends JpaRepository<Answer, Long> {

	List<Answer> findByQuestionnaireId(long questionnaireId);

	Optional<Answer> findByQuestionnaireIdAndQuestionKey(long questionnaireId, String questionKey);

	/**
	 * The answer, locked until the saving transaction ends: saves of one answer queue.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Answer a where a.questionnaireId = ?1 and a.questionKey = ?2")
	Optional<Answer> lockByQuestionnaireIdAndQuestionKey(long questionnaireId, String questionKey);

	List<Answer> findByQuestionnaireIdIn(Collection<Long> questionnaireIds);

}
