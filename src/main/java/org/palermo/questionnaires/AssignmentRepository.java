package org.palermo.questionnaires;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.palermo.instruments.ThematicCluster;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored assignments. */
interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findByQuestionnaireIdOrderByIdAsc(long questionnaireId);

	boolean existsByQuestionnaireIdAndSectionKeyAndAccountId(long questionnaireId, String sectionKey, long accountId);

}
