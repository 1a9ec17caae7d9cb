package org.palermo.cycle;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findBySecretHash(String secretHash);

}
