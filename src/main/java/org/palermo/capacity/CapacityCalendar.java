package org.palermo.capacity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.palermo.accounts.Account;
import org.palermo.accounts.Role;
import org.palermo.cycle.CalendarContribution;
import org.palermo.cycle.CalendarEvent;
import org.palermo.cycle.PublicCalendarContribution;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events in calendars: one iCalendar file per event (RFC 5545, all-day), and in each
 * person's private feed the events their organisation holds a seat at (the secretariat:
 * every event); in the public calendar every upcoming event (the event pages are public).
 */
@Component
class CapacityCalendar implements CalendarContribution, PublicCalendarContribution {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final CapacityEventRepository events;

	private final EventRegistrationRepository registrations;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	CapacityCalendar(CapacityEventRepository events, EventRegistrationRepository registrations, MessageSource messages,
			Clock clock, @Value("${palermo.public-url}") String publicUrl) {
		this.events = events;
		this.registrations = registrations;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CalendarEvent> eventsFor(Account person, Locale locale) {
		List<CapacityEvent> shown;
		if (person.getRole() == Role.SECRETARIAT) {
			shown = this.events.findAllByOrderByStartsOnAscIdAsc();
		}
		else if (person.getRole() == Role.CIVIL_SOCIETY && person.getOrganisationId() != null) {
			List<Long> ids = this.registrations
				.findByOrganisationIdAndStatus(person.getOrganisationId(), RegistrationStatus.CONFIRMED)
				.stream()
				.map(EventRegistration::getEventId)
				.toList();
			shown = this.events.findAllById(ids);
		}
		else {
			shown = List.of();
		}
		return shown.stream().map((e) -> of(e, locale)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CalendarEvent> publicEvents(LocalDate from, Locale locale) {
		return this.events.findByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(from)
			.stream()
			.map((e) -> of(e, locale))
			.toList();
	}

	CalendarEvent of(CapacityEvent event, Locale locale) {
		String kind = this.messages.getMessage(event.getKind().labelKey(), null, locale);
		String location = (event.getPlace() != null) ? event.getPlace()
				: this.messages.getMessage("capacity.event.online", null, locale);
		return new CalendarEvent("capacity-event-" + event.getId() + "@palermo", event.getStartsOn(), event.getEndsOn(),
				kind + ": " + event.getTitle(), event.getDescription(), location,
				this.publicUrl + "/capacity/events/" + event.getId());
	}

	/** The calendar file of one event. */
	String ics(CapacityEvent event, Locale locale) {
		CalendarEvent e = of(event, locale);
		StringBuilder out = new StringBuilder();
		List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0",
				"PRODID:-//Palermo//UNTOC Review Mechanism//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
				"UID:" + e.uid(), "DTSTAMP:" + STAMP.format(Instant.now(this.clock)),
				"DTSTART;VALUE=DATE:" + DATE.format(e.startsOn()),
				"DTEND;VALUE=DATE:" + DATE.format(e.endsOn().plusDays(1)), "SUMMARY:" + text(e.summary()),
				"DESCRIPTION:" + text(e.description()), "LOCATION:" + text(e.location()), "URL:" + e.url(),
				"END:VEVENT", "END:VCALENDAR"));
		lines.forEach((line) -> fold(out, line));
		return out.toString();
	}

	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Folds a content line at 75 octets without splitting a UTF-8 character. */
	static void fold(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
