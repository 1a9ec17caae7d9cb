package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NationalGroupRepository extends JpaRepository<NationalGroup, Long> {

	List<NationalGroup> findAllByOrderByCountryCodeAscNameAsc();

	List<NationalGroup> findByPubliclyListedTrueOrderByCountryCodeAscNameAsc();

}
