package org.palermo.questionnaires;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored evidence records. */
interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByQuestionnaireIdOrderByIdAsc(long questionnaireId);

	List<Evidence> findByQuestionnaireIdAndQuestionKeyOrderByIdAsc(long questionnaireId, String questionKey);

	/**
	 * Moves the rows of one question to another id (a draft moving to a new template
	 * version).
	 */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update Evidence x set x.questionKey = ?3 where x.questionnaireId = ?1 and x.questionKey = ?2")
	int moveQuestion(long questionnaireId, String from, String to);

}
