package org.palermo.civilsociety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar file of constructive dialogues against a committed known answer (RFC
 * 5545: CRLF line ends, lines folded at 75 octets without splitting a character, TEXT
 * escaped).
 */
class DialogueCalendarTests {

	private final DialogueCalendar calendar = new DialogueCalendar(messages(), "https://palermo.example.org");

	@Test
	void theFeedMatchesItsKnownAnswer() throws IOException {
		ConstructiveDialogue survivors = dialogue(7, "Trafficking; survivors, voices",
				WorkingGroup.TRAFFICKING_IN_PERSONS, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 16),
				"Vienna, Board Room D", LocalDate.of(2027, 3, 14), LocalDate.of(2027, 2, 1),
				"1. Opening\r\n2. Statements by organisations working with survivors of trafficking",
				Instant.parse("2026-11-30T10:15:30Z"));
		ConstructiveDialogue firearms = dialogue(8,
				"Dialogue sur le trafic d’armes — société civile, « voix » des témoins", WorkingGroup.FIREARMS,
				LocalDate.of(2027, 6, 10), LocalDate.of(2027, 6, 10), null, null, LocalDate.of(2027, 5, 1), null,
				Instant.parse("2026-12-01T08:00:00Z"));
		String written = this.calendar.calendar(List.of(survivors, firearms), Locale.ENGLISH);
		assertThat(written).isEqualTo(knownAnswer("dialogues.ics"));
	}

	@Test
	void textIsEscapedAndLongLinesFoldedWithoutSplittingACharacter() {
		assertThat(DialogueCalendar.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
		StringBuilder out = new StringBuilder();
		DialogueCalendar.line(out, "SUMMARY:" + "é".repeat(40));
		String[] lines = out.toString().split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0].getBytes(StandardCharsets.UTF_8)).hasSize(8 + 33 * 2);
		assertThat(lines[1]).isEqualTo(" " + "é".repeat(7));
	}

	private static ConstructiveDialogue dialogue(long id, String title, WorkingGroup theme, LocalDate startsOn,
			LocalDate endsOn, String venue, LocalDate preparationDay, LocalDate deadline, String agenda,
			Instant createdAt) {
		ConstructiveDialogue dialogue = new ConstructiveDialogue(new DialogueForm(title, theme, startsOn, endsOn,
				DialogueFormat.HYBRID, venue, preparationDay, deadline, agenda), createdAt);
		ReflectionTestUtils.setField(dialogue, "id", id);
		return dialogue;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/civilsociety");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static String knownAnswer(String name) throws IOException {
		try (InputStream in = DialogueCalendarTests.class.getResourceAsStream("/known-answers/civilsociety/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
