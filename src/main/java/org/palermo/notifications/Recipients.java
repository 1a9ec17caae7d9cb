package org.palermo.notifications;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who notifications reach, as the accounts module knows them: implemented there, so the
 * notifications module needs no dependency on accounts (which sends its own mail through
 * this module).
 */
public interface Recipients {

	/** The people with these account ids that exist, by id. */
	Map<Long, Recipient> byIds(Collection<Long> accountIds);

	/** The person signed in under this user name, if any. */
	Optional<Recipient> byUsername(String username);

	/** A person as far as mail and the inbox need: address, name and language. */
	record Recipient(long id, String username, String displayName, String email, Locale language, boolean enabled) {
	}

}
