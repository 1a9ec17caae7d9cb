package org.palermo.deskreview;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SummaryTranslationRepository extends JpaRepository<SummaryTranslation, Long> {

	List<SummaryTranslation> findBySummaryIdOrderByLanguage(long summaryId);

	Optional<SummaryTranslation> findBySummaryIdAndLanguage(long summaryId, String language);

}
