package org.palermo.cycle;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When deadlines are reminded (settings under {@code palermo.reminders}): so many days
 * before each, by default 30, 7 and 1, and once when it has passed.
 */
@ConfigurationProperties("palermo.reminders")
public record ReminderSettings(List<Integer> daysBefore) {

	public ReminderSettings {
		daysBefore = (daysBefore != null && !daysBefore.isEmpty()) ? List.copyOf(daysBefore) : List.of(30, 7, 1);
	}

}
