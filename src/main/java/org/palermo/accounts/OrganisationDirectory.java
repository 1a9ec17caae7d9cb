package org.palermo.accounts;

import java.util.List;
import java.util.Optional;

/**
 * What accounts needs to know of civil society organisations (that one exists, its name,
 * the list to choose from); the civil society module answers, so accounts never depends
 * on it.
 */
public interface OrganisationDirectory {

	/** Whether an organisation with this id exists, whatever its verification. */
	boolean exists(long id);

	/** An organisation by id, for showing a member where they belong. */
	Optional<Choice> find(Long id);

	/** Every organisation, by name, for the secretariat's account screens. */
	List<Choice> choices();

	/** An organisation's id and name. */
	record Choice(long id, String name) {

		public long getId() {
			return this.id;
		}

		public String getName() {
			return this.name;
		}

	}

}
