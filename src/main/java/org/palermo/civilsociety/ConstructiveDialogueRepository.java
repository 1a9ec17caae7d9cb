package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConstructiveDialogueRepository extends JpaRepository<ConstructiveDialogue, Long> {

	List<ConstructiveDialogue> findAllByOrderByStartsOnAscIdAsc();

}
