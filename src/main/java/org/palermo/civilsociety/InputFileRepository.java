package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InputFileRepository extends JpaRepository<InputFile, Long> {

	List<InputFile> findByInputIdOrderByIdAsc(Long inputId);

}
