package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountryInputRepository extends JpaRepository<CountryInput, Long> {

	List<CountryInput> findByReviewIdOrderBySubmittedAtAsc(Long reviewId);

	List<CountryInput> findByOrganisationIdOrderBySubmittedAtDesc(Long organisationId);

	List<CountryInput> findByStateUnderReviewAndSharedAtIsNotNullAndReachOrderBySubmittedAtAsc(String state,
			InputReach reach);

	List<CountryInput> findAllByOrderBySubmittedAtDesc();

	List<CountryInput> findByGroupIdOrderBySubmittedAtDesc(Long groupId);

}
