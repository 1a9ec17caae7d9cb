package org.palermo.deskreview;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationRevisionRepository extends JpaRepository<ObservationRevision, Long> {

	List<ObservationRevision> findByItemIdInOrderByItemIdAscRevisionDesc(Collection<Long> itemIds);

}
