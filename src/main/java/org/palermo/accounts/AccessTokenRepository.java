package org.palermo.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

	Optional<AccessToken> findByTokenHash(String tokenHash);

	List<AccessToken> findByAccountIdOrderByIdDesc(Long accountId);

	/**
	 * Records a use in its own short transaction, touching only that column: a revocation
	 * at the same moment stays.
	 */
	@Modifying
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@Query("update AccessToken t set t.lastUsedAt = :now where t.id = :id")
	int markUsed(@Param("id") Long id, @Param("now") Instant now);

	@Modifying
	@Query("update AccessToken t set t.revokedAt = :now where t.accountId = :accountId and t.revokedAt is null")
	int revokeAllOf(@Param("accountId") Long accountId, @Param("now") Instant now);

}
