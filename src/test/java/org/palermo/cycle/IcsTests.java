package org.palermo.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar file as RFC 5545 wants it: CRLF, escaped text, lines folded at 75 octets
 * without cutting a character in two. The expected bytes are a committed known answer.
 */
class IcsTests {

	private static String knownAnswer(String name) throws IOException {
		try (InputStream in = IcsTests.class.getResourceAsStream("/known-answers/calendar/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aCalendarWithEscapedFoldedMultilingualEventsMatchesItsKnownAnswer() throws IOException {
		String ics = Ics.calendar("Palermo deadlines", Instant.parse("2026-11-30T12:00:00Z"), List.of(
				new CalendarEvent("review-7-SELF_ASSESSMENT@palermo", LocalDate.of(2027, 5, 1),
						"Self-assessment questionnaire: review of Kenya, cluster I", null,
						"https://palermo.example.org/reviews/7"),
				new CalendarEvent("review-7-SUMMARY@palermo", LocalDate.of(2028, 12, 31),
						"Résumé; liste d’observations, examen de la Côte d’Ivoire\\groupe II", "line one\nline two",
						null),
				new CalendarEvent("review-8-WRITTEN_FEEDBACK@palermo", LocalDate.of(2027, 2, 28),
						"الملاحظات المكتوبة: استعراض كينيا، المجموعة المواضيعية الأولى، الموعد النهائي", null, null)));
		assertThat(ics).isEqualTo(knownAnswer("three-events.ics"));
	}

	@Test
	void everyPhysicalLineEndsWithCrlfAndHoldsAtMost75OctetsOfWholeCharacters() {
		String ics = Ics.calendar("x", Instant.EPOCH, List
			.of(new CalendarEvent("u@p", LocalDate.of(2027, 1, 1), "審議".repeat(60) + "é".repeat(80), null, null)));
		assertThat(ics).doesNotContain("\r\r").doesNotContainPattern("[^\\r]\\n");
		for (String line : ics.split("\r\n")) {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			assertThat(bytes.length).isLessThanOrEqualTo(75);
			assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + "審議".repeat(60) + "é".repeat(80) + "\r\n");
	}

	@Test
	void textValuesEscapeBackslashSemicolonCommaAndNewLines() {
		assertThat(Ics.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
	}

}
