package org.palermo.drawing;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DrawingRepository extends JpaRepository<Drawing, Long> {

	List<Drawing> findAllByOrderByIdDesc();

	List<Drawing> findByCountryReviewIdOrderByIdAsc(Long countryReviewId);

	List<Drawing> findByStatusAndKindAndClusterAndCountryReviewIdIsNull(Drawing.Status status, Drawing.Kind kind,
			org.palermo.instruments.ThematicCluster cluster);

	boolean existsByPendingRedrawOf(Long parentDrawingId);

	Optional<Drawing> findFirstByParentDrawingIdAndStatusOrderByIdDesc(Long parentDrawingId, Drawing.Status status);

	/**
	 * The drawing, locked until the transaction ends (requests and reveals of its redraws
	 * take turns).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Drawing d where d.id = :id")
	Optional<Drawing> lockById(@Param("id") long id);

}
