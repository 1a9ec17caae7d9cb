package org.palermo.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail's front door. */
@Service
public class AuditService {

	/**
	 * The actor recorded when no person is signed in (migrations, demo data, scheduled
	 * jobs).
	 */
	public static final String SYSTEM_ACTOR = "system";

	private final AuditEventRepository events;

	private final JsonMapper json;

	private final Clock clock;

	AuditService(AuditEventRepository events, JsonMapper json, Clock clock) {
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records a change inside the caller's transaction, so the change and its record
	 * commit or fail together.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, String entityId, Object before, Object after) {
		this.events.save(new AuditEvent(Instant.now(this.clock), currentActor(), action, entityType, entityId,
				toJson(before), toJson(after)));
	}

	/**
	 * Records a change made by someone not signed in yet, such as a person accepting an
	 * invitation.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAs(String actor, String action, String entityType, String entityId, Object before, Object after) {
		this.events.save(new AuditEvent(Instant.now(this.clock), actor, action, entityType, entityId, toJson(before),
				toJson(after)));
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> latest(String entityType, int page, int size) {
		// Far pages are clamped: an offset past int range would fail in the database
		// layer.
		PageRequest request = PageRequest.of(Math.min(Math.max(page, 0), 100_000), Math.min(Math.max(size, 1), 200));
		return (entityType == null || entityType.isBlank()) ? this.events.findAllByOrderByIdDesc(request)
				: this.events.findByEntityTypeOrderByIdDesc(entityType, request);
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> historyOf(String entityType, String entityId) {
		return this.events.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
	}

	private String toJson(Object state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	/** The signed-in person's user name, or {@link #SYSTEM_ACTOR}. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName())) {
			return SYSTEM_ACTOR;
		}
		return authentication.getName();
	}

}
