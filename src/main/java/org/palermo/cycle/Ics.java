package org.palermo.cycle;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar file (RFC 5545) by hand: CRLF line ends, text escaped, lines folded
 * at 75 octets without splitting a UTF-8 character, all-day events.
 */
final class Ics {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Ics() {
	}

	static String calendar(String name, Instant stamp, List<CalendarEvent> events) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Palermo//UNTOC Review Mechanism//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(name));
		for (CalendarEvent event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + event.uid());
			line(out, "DTSTAMP:" + STAMP.format(stamp));
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.startsOn()));
			// DTEND of an all-day event is the day after its last day (exclusive).
			line(out, "DTEND;VALUE=DATE:" + DATE.format(event.endsOn().plusDays(1)));
			line(out, "SUMMARY:" + text(event.summary()));
			if (event.description() != null) {
				line(out, "DESCRIPTION:" + text(event.description()));
			}
			if (event.location() != null) {
				line(out, "LOCATION:" + text(event.location()));
			}
			if (event.url() != null) {
				line(out, "URL:" + event.url());
			}
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** TEXT value escaping: backslash, semicolon, comma, and new lines as \n. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Appends a content line folded so no physical line exceeds 75 octets, each
	 * continuation starting with one space.
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
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
