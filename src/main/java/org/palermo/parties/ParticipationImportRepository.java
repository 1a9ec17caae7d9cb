package org.palermo.parties;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipationImportRepository extends JpaRepository<ParticipationImport, Long> {

	List<ParticipationImport> findTop20ByOrderByIdDesc();

}
