package org.palermo.cycle;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseChangeRepository extends JpaRepository<PhaseChange, Long> {

	List<PhaseChange> findByReviewIdOrderByChangedAtAscIdAsc(Long reviewId);

	List<PhaseChange> findByReviewIdInOrderByChangedAtAscIdAsc(Collection<Long> reviewIds);

}
