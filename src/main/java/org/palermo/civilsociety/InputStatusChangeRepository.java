package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InputStatusChangeRepository extends JpaRepository<InputStatusChange, Long> {

	List<InputStatusChange> findByInputIdOrderByChangedAtAscIdAsc(Long inputId);

}
