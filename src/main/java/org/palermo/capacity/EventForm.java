package org.palermo.capacity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.palermo.system.UserInputException;

/**
 * An event as the secretariat types it. {@link #parse} checks every field and throws a
 * {@link UserInputException} naming the first problem; the typed text stays in
 * {@link Typed} so nothing is lost.
 */
public record EventForm(EventKind kind, String title, String description, LocalDate startsOn, LocalDate endsOn,
		String place, boolean online, List<String> languages, int seats, LocalDate registrationDeadline) {

	/** What was typed, as text. */
	public record Typed(String kind, String title, String description, String startsOn, String endsOn, String place,
			boolean online, List<String> languages, String seats, String registrationDeadline) {

		public static Typed empty() {
			return new Typed("TRAINING", "", "", "", "", "", false, List.of(), "20", "");
		}

		public static Typed of(CapacityEvent e) {
			return new Typed(e.getKind().name(), e.getTitle(), e.getDescription(), e.getStartsOn().toString(),
					e.getEndsOn().toString(), (e.getPlace() != null) ? e.getPlace() : "", e.isOnline(),
					e.getLanguages(), Integer.toString(e.getSeats()), e.getRegistrationDeadline().toString());
		}

	}

	public static EventForm parse(Typed typed) {
		EventKind kind;
		try {
			kind = EventKind.valueOf(typed.kind().strip().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw new UserInputException("capacity.error.kind");
		}
		String title = text(typed.title(), 300, "capacity.error.title");
		String description = text(typed.description(), 4000, "capacity.error.description");
		LocalDate starts = date(typed.startsOn());
		LocalDate ends = date(typed.endsOn());
		LocalDate deadline = date(typed.registrationDeadline());
		if (ends.isBefore(starts)) {
			throw new UserInputException("capacity.error.dates");
		}
		if (deadline.isAfter(starts)) {
			throw new UserInputException("capacity.error.deadline");
		}
		String place = (typed.place() != null) ? typed.place().strip() : "";
		if (place.length() > 300) {
			throw new UserInputException("capacity.error.place");
		}
		if (place.isEmpty() && !typed.online()) {
			throw new UserInputException("capacity.error.where");
		}
		List<String> languages = (typed.languages() != null) ? typed.languages()
			.stream()
			.filter(CapacityResource.LANGUAGES::contains)
			.distinct()
			.sorted((a, b) -> CapacityResource.LANGUAGES.indexOf(a) - CapacityResource.LANGUAGES.indexOf(b))
			.toList() : List.of();
		if (languages.isEmpty()) {
			throw new UserInputException("capacity.error.languages");
		}
		int seats;
		try {
			seats = Integer.parseInt(typed.seats().strip());
		}
		catch (RuntimeException ex) {
			throw new UserInputException("capacity.error.seats");
		}
		if (seats < 1 || seats > 10_000) {
			throw new UserInputException("capacity.error.seats");
		}
		return new EventForm(kind, title, description, starts, ends, place.isEmpty() ? null : place, typed.online(),
				languages, seats, deadline);
	}

	private static String text(String value, int max, String key) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.isEmpty() || stripped.length() > max) {
			throw new UserInputException(key);
		}
		return stripped;
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse((value != null) ? value.strip() : "");
		}
		catch (DateTimeParseException ex) {
			throw new UserInputException("capacity.error.date");
		}
	}

}
