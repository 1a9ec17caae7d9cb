package org.palermo.questionnaires;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored evidence records. */
interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByQuestionnaireIdOrderByIdAsc(long questionnaireId);

	List<Evidence> findByQuestionnaireIdAndQuestionKeyOrderByIdAsc(long questionnaireId, String questionKey);

}
