package org.palermo.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Lets a module that depends on cycle add its public events (constructive dialogues,
 * capacity events) to the public calendar at {@code /calendar} and {@code /calendar.ics},
 * so cycle never calls it. Implementations are Spring beans; they must return only what
 * anyone, signed in or not, may see.
 */
public interface PublicCalendarContribution {

	/**
	 * The module's public events that end on or after {@code from}, texts in the given
	 * language.
	 */
	List<CalendarEvent> publicEvents(LocalDate from, Locale locale);

}
