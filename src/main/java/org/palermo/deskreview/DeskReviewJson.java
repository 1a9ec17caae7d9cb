package org.palermo.deskreview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The desk review's JSON shapes (docs/deskreview.md). */
final class DeskReviewJson {

	private DeskReviewJson() {
	}

	/** Every reviewing State's feedback the caller may read. */
	record FeedbackJson(long reviewId, List<StateJson> states) {

		static FeedbackJson of(FeedbackService.FeedbackView view) {
			return new FeedbackJson(view.review().getId(),
					view.states()
						.stream()
						.map((s) -> new StateJson(s.party(), s.own(),
								s.articles()
									.stream()
									.filter((a) -> a.entry() != null)
									.map((a) -> EntryJson.of(a.instrument().name(), a.article().getNumber(), a.entry()))
									.toList()))
						.toList());
		}

	}

	/**
	 * One reviewing State's feedback; {@code own}: the caller acts for it (drafts shown).
	 */
	record StateJson(String party, boolean own, List<EntryJson> entries) {
	}

	/** Feedback on one article. */
	record EntryJson(long articleId, String instrument, int article, String goodPractices, String challenges,
			String questions, String status, Instant sentAt, long version) {

		static EntryJson of(String instrument, int number, FeedbackEntry entry) {
			return new EntryJson(entry.getArticleId(), instrument, number, entry.getGoodPractices(),
					entry.getChallenges(), entry.getQuestions(), entry.getStatus().name(), entry.getSentAt(),
					entry.getVersion());
		}

	}

	/** The list of observations with each item's clearance. */
	record ObservationsJson(long reviewId, List<String> parties, List<ItemJson> items) {

		static ObservationsJson of(ObservationService.ObservationsView view) {
			return new ObservationsJson(view.review().getId(), view.parties(),
					view.articles()
						.stream()
						.flatMap((g) -> g.items()
							.stream()
							.map((v) -> ItemJson.of(g.instrument().name(), g.article().getNumber(), v)))
						.toList());
		}

	}

	/** One item: its text, revision and the clearance in force per State. */
	record ItemJson(long id, long articleId, String instrument, int article, String type, String text, int revision,
			long version, boolean agreed, Map<String, ClearanceJson> clearedBy) {

		static ItemJson of(String instrument, int number, ObservationService.ItemView view) {
			ObservationItem item = view.item();
			Map<String, ClearanceJson> cleared = new java.util.LinkedHashMap<>();
			view.clearedBy()
				.forEach((party, c) -> cleared.put(party,
						new ClearanceJson(c.getClearedBy(), c.getClearedAt(), c.getRevision())));
			return new ItemJson(item.getId(), item.getArticleId(), instrument, number, item.getType().name(),
					item.getBody(), item.getRevision(), item.getVersion(), view.agreed(), cleared);
		}

	}

	/** Who cleared for a State, when, which revision. */
	record ClearanceJson(String by, Instant at, int revision) {
	}

	/** The summary with its clearance and translations. */
	record SummaryJson(long reviewId, String sourceLanguage, String text, Integer revision, Long version,
			boolean agreed, Map<String, ClearanceJson> clearedBy, List<TranslationJson> translations) {

		static SummaryJson of(SummaryService.SummaryView view) {
			SummaryDocument summary = view.summary();
			if (summary == null) {
				return new SummaryJson(view.review().getId(), null, null, null, null, false, Map.of(), List.of());
			}
			Map<String, ClearanceJson> cleared = new java.util.LinkedHashMap<>();
			view.clearedBy()
				.forEach((party, c) -> cleared.put(party,
						new ClearanceJson(c.getClearedBy(), c.getClearedAt(), c.getRevision())));
			return new SummaryJson(view.review().getId(), summary.getSourceLanguage(), summary.getBody(),
					summary.getRevision(), summary.getVersion(), view.agreed(), cleared,
					view.translations()
						.stream()
						.map((t) -> new TranslationJson(t.getLanguage(), t.getBody(), t.getSourceRevision(),
								t.isStaleAgainst(summary), t.getVersion()))
						.toList());
		}

	}

	/** One translation; stale when the source changed after it was made. */
	record TranslationJson(String language, String text, int sourceRevision, boolean stale, long version) {
	}

	/** One document's publication. */
	record PublicationJson(String document, boolean published, boolean ready, String decidedBy, Instant decidedAt,
			Long version) {

		static List<PublicationJson> of(PublicationService.PublicationView view) {
			return view.documents().stream().map((d) -> {
				ReviewPublication p = view.decisions().get(d);
				return new PublicationJson(d.name(), p != null && p.isPublished(), view.ready().get(d),
						(p != null) ? p.getDecidedBy() : null, (p != null) ? p.getDecidedAt() : null,
						(p != null) ? p.getVersion() : null);
			}).toList();
		}

	}

	/** Publishes (true) or withdraws one document; version: of the decision read. */
	record PublicationRequest(boolean publish, Long version) {
	}

	/** The dialogue: threads per article. */
	record DialogueJson(long reviewId, List<ThreadJson> threads) {

		static DialogueJson of(ReviewDialogueService.DialogueView view) {
			return new DialogueJson(view.review().getId(),
					view.articles()
						.stream()
						.flatMap((g) -> g.threads()
							.stream()
							.map((t) -> new ThreadJson(g.instrument().name(), g.article().getNumber(),
									MessageJson.of(t.opening()), t.replies().stream().map(MessageJson::of).toList())))
						.toList());
		}

	}

	/** One thread on an article. */
	record ThreadJson(String instrument, int article, MessageJson opening, List<MessageJson> replies) {
	}

	/** One message. */
	record MessageJson(long id, long articleId, Long threadId, String side, String party, String by, Instant at,
			String body) {

		static MessageJson of(DialogueMessage m) {
			return new MessageJson(m.getId(), m.getArticleId(), m.getThreadId(), m.getSide().name(), m.getPartyCode(),
					m.getWrittenBy(), m.getWrittenAt(), m.getBody());
		}

	}

	/** A message to write: {@code articleId} opens a thread, {@code threadId} replies. */
	record MessageRequest(Long articleId, Long threadId, String body) {
	}

	/** Asks to clear the revision the caller read. */
	record ClearanceRequest(Integer revision) {
	}

}
