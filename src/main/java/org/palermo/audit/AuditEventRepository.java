package org.palermo.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: the audit trail is never updated nor deleted. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	Page<AuditEvent> findAllByOrderByIdDesc(Pageable pageable);

	Page<AuditEvent> findByEntityTypeOrderByIdDesc(String entityType, Pageable pageable);

	List<AuditEvent> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, String entityId);

	long count();

}
