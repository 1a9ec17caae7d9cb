package org.palermo.civilsociety;

import java.util.List;
import java.util.Optional;

import org.palermo.accounts.OrganisationDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the accounts module's questions about organisations. */
@Component
class OrganisationDirectoryAdapter implements OrganisationDirectory {

	private final OrganisationRepository organisations;

	OrganisationDirectoryAdapter(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return this.organisations.existsById(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Choice> find(Long id) {
		return (id != null) ? this.organisations.findById(id).map((o) -> new Choice(o.getId(), o.getName()))
				: Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return this.organisations.findAllByOrderByNameAsc()
			.stream()
			.map((o) -> new Choice(o.getId(), o.getName()))
			.toList();
	}

}
