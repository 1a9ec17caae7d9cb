package org.palermo.deskreview;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationClearanceRepository extends JpaRepository<ObservationClearance, Long> {

	List<ObservationClearance> findByItemIdInOrderById(Collection<Long> itemIds);

	List<ObservationClearance> findByItemIdAndWithdrawnAtIsNull(long itemId);

}
