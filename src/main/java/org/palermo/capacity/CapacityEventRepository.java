package org.palermo.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CapacityEventRepository extends JpaRepository<CapacityEvent, Long> {

	List<CapacityEvent> findAllByOrderByStartsOnAscIdAsc();

	List<CapacityEvent> findByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(LocalDate today);

	/**
	 * The event, its row locked until the transaction ends: registrations and
	 * cancellations for one event take turns, so two never take the same last seat.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from CapacityEvent e where e.id = ?1")
	Optional<CapacityEvent> lockById(long id);

}
