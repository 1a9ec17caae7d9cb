package org.palermo.accounts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	@Modifying
	@Query("update Invitation i set i.cancelledAt = :now where i.accountId = :accountId and i.usedAt is null and i.cancelledAt is null")
	int cancelAllOf(@Param("accountId") Long accountId, @Param("now") Instant now);

	@Query("select count(i) > 0 from Invitation i where i.accountId = :accountId and i.usedAt is null and i.cancelledAt is null and i.expiresAt > :now")
	boolean hasUsable(@Param("accountId") Long accountId, @Param("now") Instant now);

}
