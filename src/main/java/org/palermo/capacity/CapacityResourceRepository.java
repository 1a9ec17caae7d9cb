package org.palermo.capacity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CapacityResourceRepository extends JpaRepository<CapacityResource, Long> {

	List<CapacityResource> findAllByOrderByUpdatedAtDescIdDesc();

	List<CapacityResource> findByPublishedTrueOrderByUpdatedAtDescIdDesc();

}
