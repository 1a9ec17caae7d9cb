package org.palermo.deskreview;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationCommentRepository extends JpaRepository<ObservationComment, Long> {

	List<ObservationComment> findByItemIdInOrderById(Collection<Long> itemIds);

}
