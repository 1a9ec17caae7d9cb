package org.palermo.deskreview;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationItemRepository extends JpaRepository<ObservationItem, Long> {

	List<ObservationItem> findByReviewIdOrderById(long reviewId);

}
