package org.palermo.cycle;

import java.time.LocalDate;

/**
 * One all-day event of a person's private calendar feed, from its first to its last day
 * (inclusive). Texts are already in the person's language; {@code description},
 * {@code location} and {@code url} may be {@code null}. The uid stays the same for the
 * same thing so calendar applications update it rather than duplicate it.
 */
public record CalendarEvent(String uid, LocalDate startsOn, LocalDate endsOn, String summary, String description,
		String location, String url) {

	public CalendarEvent {
		if (endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("an event ends on or after the day it starts");
		}
	}

	/** A one-day event with no location. */
	public CalendarEvent(String uid, LocalDate date, String summary, String description, String url) {
		this(uid, date, date, summary, description, null, url);
	}

}
