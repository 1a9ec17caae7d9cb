package org.palermo.accounts;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

	@Query("select count(f) from SignInFailure f where f.accountId = :accountId and f.address = :address and f.failedAt > :since")
	long countFor(@Param("accountId") Long accountId, @Param("address") String address, @Param("since") Instant since);

	@Query("select count(f) from SignInFailure f where f.accountId is null and f.address = :address and f.failedAt > :since")
	long countForUnknownAccounts(@Param("address") String address, @Param("since") Instant since);

	@Modifying
	@Query("delete from SignInFailure f where f.accountId = :accountId and f.address = :address")
	int clear(@Param("accountId") Long accountId, @Param("address") String address);

	@Modifying
	@Query("delete from SignInFailure f where f.failedAt < :before")
	int deleteOlderThan(@Param("before") Instant before);

}
