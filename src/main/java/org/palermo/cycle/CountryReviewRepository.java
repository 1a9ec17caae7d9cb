package org.palermo.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CountryReviewRepository extends JpaRepository<CountryReview, Long> {

	List<CountryReview> findByStateUnderReviewOrderByClusterAsc(String stateUnderReview);

	List<CountryReview> findByDrawingIdOrderByStateUnderReviewAsc(Long drawingId);

	@Query("select distinct r from CountryReview r join r.reviewers v where v.partyCode = ?1")
	List<CountryReview> findReviewedBy(String partyCode);

	@Query("select r from CountryReview r order by r.cycle desc, r.stateUnderReview, r.cluster, r.id")
	List<CountryReview> findAllOrdered();

	boolean existsByActiveKey(String activeKey);

	List<CountryReview> findByActiveKeyIn(java.util.Collection<String> activeKeys);

}
