package org.palermo.civilsociety;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueApplicationRepository extends JpaRepository<DialogueApplication, Long> {

	List<DialogueApplication> findByDialogueIdOrderBySubmittedAtAsc(Long dialogueId);

	List<DialogueApplication> findByOrganisationIdOrderBySubmittedAtDesc(Long organisationId);

	Optional<DialogueApplication> findByDialogueIdAndOrganisationId(Long dialogueId, Long organisationId);

	List<DialogueApplication> findByDecisionAndRemindedAtIsNull(ApplicationDecision decision);

	List<DialogueApplication> findByDecisionAndObjectionsUntilLessThanEqual(ApplicationDecision decision,
			Instant until);

}
