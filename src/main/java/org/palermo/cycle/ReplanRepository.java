package org.palermo.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplanRepository extends JpaRepository<Replan, Long> {

	List<Replan> findByReviewIdOrderByChangedAtDescIdDesc(Long reviewId);

}
