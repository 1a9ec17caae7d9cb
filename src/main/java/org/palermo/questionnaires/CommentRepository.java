package org.palermo.questionnaires;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.palermo.instruments.ThematicCluster;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored comments. */
interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByQuestionnaireIdAndQuestionKeyOrderByIdAsc(long questionnaireId, String questionKey);

	List<Comment> findByQuestionnaireIdAndResolvedAtIsNull(long questionnaireId);

	/**
	 * Moves the rows of one question to another id (a draft moving to a new template
	 * version).
	 */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update Comment x set x.questionKey = ?3 where x.questionnaireId = ?1 and x.questionKey = ?2")
	int moveQuestion(long questionnaireId, String from, String to);

}
