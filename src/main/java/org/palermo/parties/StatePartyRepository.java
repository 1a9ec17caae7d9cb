package org.palermo.parties;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatePartyRepository extends JpaRepository<StateParty, String> {

	/** Every State with its participation in one query, not one more per State. */
	@Query("select distinct p from StateParty p left join fetch p.participations")
	List<StateParty> findAllWithParticipation();

	/**
	 * Changes whenever a party or its participation changes: the tag of the public pages.
	 */
	@Query("select coalesce(sum(p.version), 0) + count(p) * 1000003 from StateParty p")
	long dataVersion();

}
