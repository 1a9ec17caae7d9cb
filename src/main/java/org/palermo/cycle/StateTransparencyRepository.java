package org.palermo.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

interface StateTransparencyRepository extends JpaRepository<StateTransparency, String> {

}
