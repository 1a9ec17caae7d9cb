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
			AnswerJson answer) {
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
		return new QuestionnaireJson(view.review().getId(), view.questionnaire().getStatus().name(),
				view.templateVersion(), view.questionnaire().getSubmittedAt(), view.answersVisible(),
				view.sections()
					.stream()
					.map((s) -> new SectionJson(s.key(), s.instrument().name(), s.article(), s.title(),
							s.questions().stream().map((q) -> question(view, q, locale)).toList()))
					.toList());
	}

	static QuestionJson question(QuestionnaireView view, TemplateQuestion q, Locale locale) {
		return question(q, view.answer(q.getQuestionKey()), locale);
	}

	static QuestionJson question(TemplateQuestion q, Answer answer, Locale locale) {
		return new QuestionJson(q.getQuestionKey(), q.getKind().name(), q.prompt(locale), q.guidance(locale),
				q.getConditionKey(), (answer != null) ? AnswerJson.of(answer) : null);
	}

}
