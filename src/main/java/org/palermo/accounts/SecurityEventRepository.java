package org.palermo.accounts;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

	Page<SecurityEvent> findAllByOrderByIdDesc(Pageable page);

	List<SecurityEvent> findTop50ByAccountIdOrderByIdDesc(Long accountId);

	long countByAddressAndKindAndOccurredAtAfter(String address, String kind, Instant since);

}
