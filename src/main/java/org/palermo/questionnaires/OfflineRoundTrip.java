package org.palermo.questionnaires;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The offline round trip: the questionnaire with its current answers as DOCX or XLSX, and
 * a filled file read back into a preview, question by question, that changes nothing
 * until the writer confirms; each confirmed answer is saved with the version the preview
 * showed, so a newer online edit is never overwritten unseen.
 */
@Component
class OfflineRoundTrip {

	private final QuestionnaireService questionnaires;

	private final ReviewPolicy policy;

	OfflineRoundTrip(QuestionnaireService questionnaires, ReviewPolicy policy) {
		this.questionnaires = questionnaires;
		this.policy = policy;
	}

	/**
	 * The questionnaire and its answers as a file; for those who may read the answers.
	 */
	byte[] export(long reviewId, OfflineFile.Format format, String username, Locale locale) {
		if (!this.policy.may(username, ReviewAction.READ_ANSWERS, reviewId)) {
			throw new AccessDeniedException("export of review " + reviewId);
		}
		return OfflineFile.export(this.questionnaires.view(reviewId, username), format, locale);
	}

	/** What one question of the file would change. */
	record Change(String questionKey, String kind, String fileValue, String onlineValue, long onlineVersion,
			boolean conflict) {
	}

	/**
	 * The answers of the file that differ from those online; a conflict where the answer
	 * changed online since the file was exported.
	 */
	List<Change> preview(long reviewId, byte[] file, String username) {
		if (!this.policy.may(username, ReviewAction.ANSWER_QUESTIONNAIRE, reviewId)) {
			throw new AccessDeniedException("import into review " + reviewId);
		}
		QuestionnaireView view = this.questionnaires.view(reviewId, username);
		List<Change> changes = new ArrayList<>();
		for (OfflineFile.Imported row : OfflineFile.read(file, view)) {
			Answer online = view.answer(row.questionKey());
			String onlineValue = (online != null) ? online.getValue() : "";
			long onlineVersion = (online != null) ? online.getVersion() : 0;
			if (row.value().equals(onlineValue)) {
				continue;
			}
			long exported = (row.version() != null) ? row.version() : 0;
			String kind = view.questions()
				.stream()
				.filter((q) -> q.getQuestionKey().equals(row.questionKey()))
				.findFirst()
				.map((q) -> q.getKind().name())
				.orElse("");
			changes.add(new Change(row.questionKey(), kind, row.value(), onlineValue, onlineVersion,
					exported != onlineVersion));
		}
		return changes;
	}

	/** One answer the writer confirmed, with the online version the preview showed. */
	record Confirmed(String questionKey, String value, long version) {
	}

	/**
	 * Saves each confirmed answer on its own; those changed online since the preview are
	 * refused and returned.
	 */
	List<String> apply(long reviewId, List<Confirmed> confirmed, String username) {
		List<String> refused = new ArrayList<>();
		for (Confirmed answer : confirmed) {
			try {
				this.questionnaires.save(reviewId, answer.questionKey(), answer.value(), answer.version(), username);
			}
			catch (AnswerConflictException ex) {
				refused.add(answer.questionKey());
			}
		}
		return refused;
	}

}
