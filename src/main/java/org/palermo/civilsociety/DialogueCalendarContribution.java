package org.palermo.civilsociety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Constructive dialogues in each person's private calendar feed: the secretariat and the
 * Extended Bureau get every scheduled dialogue; a member of an organisation gets the
 * dialogues its application was approved for, with their preparation day; everyone else
 * none (all dialogues are in the public calendar at {@code /dialogues/calendar.ics}).
 * Every dialogue is public, so the upcoming ones are also in the public calendar at
 * {@code /calendar}.
 */
@Component
class DialogueCalendarContribution implements CalendarContribution, PublicCalendarContribution {

	private final ConstructiveDialogueRepository dialogues;

	private final DialogueApplicationRepository applications;

	private final MessageSource messages;

	private final String publicUrl;

	DialogueCalendarContribution(ConstructiveDialogueRepository dialogues, DialogueApplicationRepository applications,
			MessageSource messages, @Value("${palermo.public-url}") String publicUrl) {
		this.dialogues = dialogues;
		this.applications = applications;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CalendarEvent> eventsFor(Account person, Locale locale) {
		List<ConstructiveDialogue> shown;
		if (person.getRole() == Role.SECRETARIAT || person.getRole() == Role.BUREAU) {
			shown = this.dialogues.findAllByOrderByStartsOnAscIdAsc();
		}
		else if (person.getRole() == Role.CIVIL_SOCIETY && person.getOrganisationId() != null) {
			Set<Long> approved = this.applications
				.findByOrganisationIdOrderBySubmittedAtDesc(person.getOrganisationId())
				.stream()
				.filter((a) -> a.getDecision() == ApplicationDecision.APPROVED)
				.map(DialogueApplication::getDialogueId)
				.collect(Collectors.toSet());
			shown = approved.isEmpty() ? List.of()
					: this.dialogues.findAllByOrderByStartsOnAscIdAsc()
						.stream()
						.filter((d) -> approved.contains(d.getId()))
						.toList();
		}
		else {
			shown = List.of();
		}
		return events(shown, locale);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CalendarEvent> publicEvents(LocalDate from, Locale locale) {
		return events(this.dialogues.findAllByOrderByStartsOnAscIdAsc()
			.stream()
			.filter((d) -> !d.getEndsOn().isBefore(from))
			.toList(), locale);
	}

	private List<CalendarEvent> events(List<ConstructiveDialogue> shown, Locale locale) {
		List<CalendarEvent> events = new ArrayList<>();
		for (ConstructiveDialogue d : shown) {
			String url = this.publicUrl + "/dialogues/" + d.getId();
			String format = message(d.getFormat().labelKey(), locale);
			String description = message(d.getTheme().labelKey(), locale) + "\n" + format;
			String location = (d.getVenue() != null) ? d.getVenue()
					: (d.getFormat() == DialogueFormat.IN_PERSON) ? null : format;
			events.add(new CalendarEvent("dialogue-" + d.getId() + "@palermo", d.getStartsOn(), d.getEndsOn(),
					message("civilsociety.calendar.dialogue", locale, d.getTitle()), description, location, url));
			if (d.getPreparationDay() != null) {
				events.add(new CalendarEvent("dialogue-" + d.getId() + "-preparation@palermo", d.getPreparationDay(),
						d.getPreparationDay(), message("civilsociety.calendar.preparation", locale, d.getTitle()),
						description, location, url));
			}
		}
		return events;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
