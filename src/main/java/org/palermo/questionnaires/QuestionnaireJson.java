package org.palermo.questionnaires;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The questionnaire of a review as the API answers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record QuestionnaireJson(long reviewId, String status, int templateVersion, Instant submittedAt, boolean answersVisible,
		List<SectionJson> sections) {

	/** One article of one instrument. */
	record SectionJson(String id, String instrument, int article, String title, List<QuestionJson> questions) {
	}

	/** One question; {@code answer} only where the caller may read it and it exists. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record QuestionJson(String id, String kind, String prompt, String guidance, String askedWhenStatusOf,
			AnswerJson answer, List<EvidenceJson> evidence) {
	}

	/**
	 * A file attached to the answer as evidence; {@code href} downloads it (API, bearer
	 * token or session).
	 */
	record EvidenceJson(long id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
			Instant uploadedAt, String href) {

		static EvidenceJson of(long reviewId, Evidence e) {
			return new EvidenceJson(e.getId(), e.getFileName(), e.getMediaType(), e.getSizeBytes(), e.getSha256(),
					e.getUploadedBy(), e.getUploadedAt(),
					"/api/reviews/" + reviewId + "/questionnaire/evidence/" + e.getId());
		}

	}

	/** The current value of an answer and the version to send back when changing it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AnswerJson(String value, long version, String updatedBy, Instant updatedAt, String origin) {

		static AnswerJson of(Answer answer) {
			return new AnswerJson(answer.getValue(), answer.getVersion(), answer.getUpdatedBy(), answer.getUpdatedAt(),
					answer.getOrigin());
		}

	}

	/** What a client sends to change one answer. */
	record AnswerBody(String value, Long version) {
	}

	static QuestionnaireJson of(QuestionnaireView view, Locale locale) {
		return of(view, java.util.Map.of(), locale);
	}

	/**
	 * The questionnaire with, where the reader may see the answers, each question's
	 * evidence (an empty list when it has none).
	 */
	static QuestionnaireJson of(QuestionnaireView view, java.util.Map<String, List<Evidence>> evidence, Locale locale) {
		return new QuestionnaireJson(view.review().getId(), view.questionnaire().getStatus().name(),
				view.templateVersion(), view.questionnaire().getSubmittedAt(), view.answersVisible(),
				view.sections()
					.stream()
					.map((s) -> new SectionJson(s.key(), s.instrument().name(), s.article(), s.title(), s.questions()
						.stream()
						.map((q) -> question(view, q, evidence.getOrDefault(q.getQuestionKey(), List.of()), locale))
						.toList()))
					.toList());
	}

	static QuestionJson question(QuestionnaireView view, TemplateQuestion q, List<Evidence> evidence, Locale locale) {
		QuestionJson json = question(q, view.answer(q.getQuestionKey()), locale);
		if (!view.answersVisible()) {
			return json;
		}
		return new QuestionJson(json.id(), json.kind(), json.prompt(), json.guidance(), json.askedWhenStatusOf(),
				json.answer(), evidence.stream().map((e) -> EvidenceJson.of(view.review().getId(), e)).toList());
	}

	static QuestionJson question(TemplateQuestion q, Answer answer, Locale locale) {
		return new QuestionJson(q.getQuestionKey(), q.getKind().name(), q.prompt(locale), q.guidance(locale),
				q.getConditionKey(), (answer != null) ? AnswerJson.of(answer) : null, null);
	}

}
