package org.palermo.capacity;

import java.time.LocalDate;
import java.util.List;

/** Capacity building as JSON (documented in docs/capacity.md). */
final class CapacityJson {

	private CapacityJson() {
	}

	record VersionJson(String language, String title, String description, String url, Long libraryDocumentId) {

		static VersionJson of(LanguageVersion v, String publicUrl) {
			return new VersionJson(v.getLanguage(), v.getTitle(), v.getDescription(),
					(v.getUrl() != null) ? v.getUrl() : publicUrl + v.getHref(), v.getDocumentId());
		}

	}

	record ResourceJson(long id, ResourceKind kind, List<String> instruments, List<String> clusters,
			List<VersionJson> versions) {

		static ResourceJson of(CapacityResource r, String publicUrl) {
			return new ResourceJson(r.getId(), r.getKind(), r.getInstruments().stream().map(Enum::name).toList(),
					r.getClusters().stream().map(Enum::name).toList(),
					r.getVersions().stream().map((v) -> VersionJson.of(v, publicUrl)).toList());
		}

	}

	record EventJson(long id, EventKind kind, String title, String description, LocalDate startsOn, LocalDate endsOn,
			String place, boolean online, List<String> languages, int seats, long seatsTaken,
			LocalDate registrationDeadline, boolean openForRegistration) {

		static EventJson of(CapacityEvent e, long taken, LocalDate today) {
			return new EventJson(e.getId(), e.getKind(), e.getTitle(), e.getDescription(), e.getStartsOn(),
					e.getEndsOn(), e.getPlace(), e.isOnline(), e.getLanguages(), e.getSeats(), taken,
					e.getRegistrationDeadline(), e.isOpenForRegistration(today));
		}

	}

	/** Who attends for the signed-in person's organisation. */
	record RegistrationRequest(String attendee) {
	}

	record RegistrationJson(long eventId, String attendee, RegistrationStatus status) {

		static RegistrationJson of(EventRegistration r) {
			return new RegistrationJson(r.getEventId(), r.getAttendee(), r.getStatus());
		}

	}

}
