package org.palermo.capacity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

	Optional<EventRegistration> findByEventIdAndOrganisationId(long eventId, long organisationId);

	List<EventRegistration> findByEventIdOrderByQueuedAtAscIdAsc(long eventId);

	List<EventRegistration> findByEventIdAndStatusOrderByQueuedAtAscIdAsc(long eventId, RegistrationStatus status);

	long countByEventIdAndStatus(long eventId, RegistrationStatus status);

	List<EventRegistration> findByOrganisationIdAndStatus(long organisationId, RegistrationStatus status);

}
