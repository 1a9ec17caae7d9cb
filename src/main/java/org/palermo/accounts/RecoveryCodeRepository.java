package org.palermo.accounts;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	/** Uses a code at most once, even when two requests bring it at the same moment. */
	@Modifying
	@Query("update RecoveryCode c set c.usedAt = :now where c.accountId = :accountId and c.codeHash = :hash and c.usedAt is null")
	int use(@Param("accountId") Long accountId, @Param("hash") String hash, @Param("now") Instant now);

	@Modifying
	@Query("delete from RecoveryCode c where c.accountId = :accountId")
	int deleteAllOf(@Param("accountId") Long accountId);

	@Query("select count(c) from RecoveryCode c where c.accountId = :accountId and c.usedAt is null")
	long countUnused(@Param("accountId") Long accountId);

}
