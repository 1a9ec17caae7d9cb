package org.palermo.civilsociety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The JSON shapes of the civil society API (see docs/civilsociety.md). */
final class CivilSocietyJson {

	private CivilSocietyJson() {
	}

	/** An organisation of the public directory. */
	record OrganisationJson(long id, String name, String kind, String country, List<String> countriesOfWork,
			String ecosocStatus, List<String> instruments, List<String> themes, String website, String contactName,
			String contactEmail) {

		static OrganisationJson of(Organisation o) {
			return new OrganisationJson(o.getId(), o.getName(), o.getKind().name(), o.getCountryCode(),
					o.getCountriesOfWork(), o.getEcosocStatus().name(),
					o.getInstruments().stream().map(Enum::name).toList(),
					o.getThemes().stream().map(Enum::name).toList(), o.getWebsite(), o.getContactName(),
					o.getContactEmail());
		}

	}

	/** A constructive dialogue, with the organisations taking part and the speakers. */
	record DialogueJson(long id, String title, String theme, LocalDate startsOn, LocalDate endsOn, String format,
			String venue, LocalDate preparationDay, LocalDate applicationDeadline, String agenda,
			List<String> participants, List<SpeakerJson> speakers, String summary, Instant summaryPublishedAt) {

		static DialogueJson of(ConstructiveDialogue d, List<DialogueService.ApplicationView> participants,
				List<DialogueService.SpeakerView> speakers) {
			return new DialogueJson(d.getId(), d.getTitle(), d.getTheme().name(), d.getStartsOn(), d.getEndsOn(),
					d.getFormat().name(), d.getVenue(), d.getPreparationDay(), d.getApplicationDeadline(),
					d.getAgenda(),
					(participants != null) ? participants.stream().map((p) -> p.organisation()).toList() : null,
					(speakers != null) ? speakers.stream()
						.map((s) -> new SpeakerJson((s.organisation() != null) ? s.speaker().getSpeaker() : null,
								s.organisation(), s.speaker().getStartsAt(), s.speaker().getMinutes()))
						.toList() : null,
					d.getSummary(), d.getSummaryPublishedAt());
		}

	}

	/** A place on the speakers' list. */
	record SpeakerJson(String speaker, String organisation, LocalDateTime startsAt, int minutes) {
	}

	/** One of the caller's organisation's applications. */
	record ApplicationJson(long id, long dialogueId, String decision, Instant objectionsUntil, Instant decidedAt,
			String decisionReason, boolean travelSupport) {

		static ApplicationJson of(DialogueApplication a) {
			return new ApplicationJson(a.getId(), a.getDialogueId(), a.getDecision().name(), a.getObjectionsUntil(),
					a.getDecidedAt(), a.getDecisionReason(), a.isTravelSupport());
		}

	}

	/**
	 * An input as the caller may see it: {@code organisation} is null where the name is
	 * withheld from the caller.
	 */
	record InputJson(long id, long reviewId, String stateUnderReview, String cluster, String instrument,
			String articles, String title, String body, String reach, String organisation, String status,
			String statusReason, String observationReference, Instant submittedAt) {

		/** For the organisation that submitted it: with its status. */
		static InputJson of(CountryInputService.InputView view) {
			return of(view, true);
		}

		/**
		 * The status, its reason and the observation it led to only for the submitting
		 * organisation and those who follow input up: for anyone else they are null, as
		 * on the review page.
		 */
		static InputJson of(CountryInputService.InputView view, boolean manages) {
			CountryInput i = view.input();
			boolean follows = manages || view.own();
			return new InputJson(i.getId(), i.getReviewId(), i.getStateUnderReview(), i.getCluster().name(),
					i.getInstrument(), i.getArticles(), i.getTitle(), i.getBody(), i.getReach().name(),
					view.organisation(), follows ? i.getStatus().name() : null, follows ? i.getStatusReason() : null,
					follows ? i.getObservationReference() : null, i.getSubmittedAt());
		}

	}

}
