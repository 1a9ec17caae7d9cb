package org.palermo.cycle;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * Naming a person to a review: an existing account by user name, or a new person to
 * invite (user name, name, e-mail). A focal point comes with its note verbale. The State
 * is chosen by the secretariat; a focal point names for their own State.
 */
public record NamingForm(@Size(max = 2) String party, ReviewRole role, @Size(max = 100) String username,
		@Size(max = 100) String newUsername, @Size(max = 200) String newDisplayName, @Size(max = 254) String newEmail,
		@Size(max = 100) String noteVerbaleReference, LocalDate noteVerbaleDate) implements Serializable {

	boolean invitesNewPerson() {
		return this.username == null || this.username.isBlank();
	}

}
