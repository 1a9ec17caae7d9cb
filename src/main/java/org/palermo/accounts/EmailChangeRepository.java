package org.palermo.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmailChangeRepository extends JpaRepository<EmailChange, Long> {

	Optional<EmailChange> findByTokenHash(String tokenHash);

}
