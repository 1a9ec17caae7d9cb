package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueSpeakerRepository extends JpaRepository<DialogueSpeaker, Long> {

	List<DialogueSpeaker> findByDialogueIdOrderByStartsAtAsc(Long dialogueId);

}
