package org.palermo.cycle;

import java.util.List;
import java.util.Locale;

import org.palermo.accounts.Account;

/**
 * Lets a module that depends on cycle add its own events to each person's private
 * calendar feed (civil society adds the constructive dialogues), so cycle never calls it.
 * Implementations are Spring beans; they must return only what the person may see.
 */
public interface CalendarContribution {

	/** The person's events from this module, texts in the given language. */
	List<CalendarEvent> eventsFor(Account person, Locale locale);

}
