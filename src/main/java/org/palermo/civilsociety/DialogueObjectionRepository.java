package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueObjectionRepository extends JpaRepository<DialogueObjection, Long> {

	List<DialogueObjection> findByApplicationIdOrderByObjectedAtAsc(Long applicationId);

	boolean existsByApplicationIdAndBureauMemberId(Long applicationId, Long bureauMemberId);

}
