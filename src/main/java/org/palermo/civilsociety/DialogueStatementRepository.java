package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueStatementRepository extends JpaRepository<DialogueStatement, Long> {

	List<DialogueStatement> findByDialogueIdOrderBySubmittedAtAsc(Long dialogueId);

}
