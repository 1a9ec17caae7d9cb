package org.palermo.civilsociety;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palermo.audit.AuditService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The civil society module's front door. */
@Service
public class OrganisationService {

	private final OrganisationRepository organisations;

	private final AuditService audit;

	OrganisationService(OrganisationRepository organisations, AuditService audit) {
		this.organisations = organisations;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Organisation> all() {
		return this.organisations.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> find(Long id) {
		return (id != null) ? this.organisations.findById(id) : Optional.empty();
	}

	@Transactional
	public Organisation register(String name, OrganisationKind kind, String countryCode, String website) {
		Organisation organisation = this.organisations.save(new Organisation(name, kind, countryCode, website));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", name);
		after.put("kind", kind.name());
		after.put("countryCode", countryCode);
		this.audit.record("organisation.registered", "organisation", String.valueOf(organisation.getId()), null, after);
		return organisation;
	}

}
