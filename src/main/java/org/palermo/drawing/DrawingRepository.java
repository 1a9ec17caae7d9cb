package org.palermo.drawing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DrawingRepository extends JpaRepository<Drawing, Long> {

	List<Drawing> findAllByOrderByIdDesc();

	List<Drawing> findByCountryReviewIdOrderByIdAsc(Long countryReviewId);

	List<Drawing> findByStatusAndKindAndClusterAndCountryReviewIdIsNull(Drawing.Status status, Drawing.Kind kind,
			org.palermo.instruments.ThematicCluster cluster);

	boolean existsByPendingRedrawOf(Long parentDrawingId);

	Optional<Drawing> findFirstByParentDrawingIdAndStatusOrderByIdDesc(Long parentDrawingId, Drawing.Status status);

}
