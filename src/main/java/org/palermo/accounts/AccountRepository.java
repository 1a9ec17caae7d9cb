package org.palermo.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	Optional<Account> findByUsername(String username);

	List<Account> findByOrganisationIdOrderByUsernameAsc(Long organisationId);

	Optional<Account> findFirstByEmailIgnoreCase(String email);

	List<Account> findAllByOrderByUsernameAsc();

	boolean existsByDemoTrue();

	/**
	 * Takes a second-factor time step for the account if no later or equal step was used:
	 * a code completes one sign-in only, across every instance.
	 */
	@Modifying
	@Transactional
	@Query("update Account a set a.totpLastStep = :step where a.id = :id and (a.totpLastStep is null or a.totpLastStep < :step)")
	int useTotpStep(@Param("id") Long id, @Param("step") long step);

}
