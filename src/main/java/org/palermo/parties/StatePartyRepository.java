package org.palermo.parties;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatePartyRepository extends JpaRepository<StateParty, String> {

}
