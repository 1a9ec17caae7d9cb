package org.palermo.questionnaires;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored consultations of civil society. */
interface ConsultationRepository extends JpaRepository<Consultation, Long> {

	List<Consultation> findByQuestionnaireIdOrderByIdAsc(long questionnaireId);

	List<Consultation> findByQuestionnaireIdAndOrganisationIdOrderByIdAsc(long questionnaireId, long organisationId);

	boolean existsByQuestionnaireIdAndQuestionKeyAndOrganisationId(long questionnaireId, String questionKey,
			long organisationId);

}
