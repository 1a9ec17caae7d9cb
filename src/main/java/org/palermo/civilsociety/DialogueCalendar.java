package org.palermo.civilsociety;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Constructive dialogues as iCalendar (RFC 5545): for each dialogue its days, its
 * preparation day and its application deadline as all-day events; lines end in CRLF, are
 * folded at 75 octets and text is escaped.
 */
@Component
public class DialogueCalendar {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	private final String publicUrl;

	DialogueCalendar(MessageSource messages, @Value("${palermo.public-url}") String publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	/** The calendar of these dialogues, its texts in the given language. */
	public String calendar(List<ConstructiveDialogue> dialogues, Locale locale) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//UNODC//Palermo//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(message("civilsociety.calendar.name", locale)));
		String host = this.publicUrl.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
		for (ConstructiveDialogue d : dialogues) {
			String url = this.publicUrl + "/dialogues/" + d.getId();
			String theme = message(d.getTheme().labelKey(), locale);
			StringBuilder description = new StringBuilder(theme);
			if (d.getAgenda() != null) {
				description.append('\n').append(d.getAgenda());
			}
			event(out, "dialogue-" + d.getId() + "@" + host, d, d.getStartsOn(), d.getEndsOn(),
					message("civilsociety.calendar.dialogue", locale, d.getTitle()), description.toString(),
					d.getVenue(), url);
			if (d.getPreparationDay() != null) {
				event(out, "preparation-" + d.getId() + "@" + host, d, d.getPreparationDay(), d.getPreparationDay(),
						message("civilsociety.calendar.preparation", locale, d.getTitle()), theme, d.getVenue(), url);
			}
			event(out, "deadline-" + d.getId() + "@" + host, d, d.getApplicationDeadline(), d.getApplicationDeadline(),
					message("civilsociety.calendar.deadline", locale, d.getTitle()), theme, null, url);
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static void event(StringBuilder out, String uid, ConstructiveDialogue d, LocalDate first, LocalDate last,
			String summary, String description, String location, String url) {
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + uid);
		line(out, "DTSTAMP:" + STAMP.format(d.getCreatedAt()));
		line(out, "DTSTART;VALUE=DATE:" + DATE.format(first));
		// DTEND of an all-day event is the day after the last one (exclusive).
		line(out, "DTEND;VALUE=DATE:" + DATE.format(last.plusDays(1)));
		line(out, "SUMMARY:" + escape(summary));
		line(out, "DESCRIPTION:" + escape(description));
		if (location != null) {
			line(out, "LOCATION:" + escape(location));
		}
		line(out, "URL:" + url);
		line(out, "END:VEVENT");
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\n' -> out.append("\\n");
				case '\r' -> {
					// CRLF and lone CR are line breaks too: one \n for each.
					if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
						out.append("\\n");
					}
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Appends a content line, folded so no line is longer than 75 octets (a continuation
	 * line begins with one space), never inside a character, and ended by CRLF.
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
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
