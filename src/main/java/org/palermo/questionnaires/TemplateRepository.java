package org.palermo.questionnaires;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.palermo.instruments.ThematicCluster;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored templates. */
interface TemplateRepository extends JpaRepository<QuestionnaireTemplate, Long> {

	Optional<QuestionnaireTemplate> findFirstByClusterAndStatusOrderByTemplateVersionDesc(ThematicCluster cluster,
			TemplateStatus status);

	boolean existsByCluster(ThematicCluster cluster);

}
