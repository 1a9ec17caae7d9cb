package org.palermo.questionnaires;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.documents.Confidentiality;
import org.palermo.documents.SearchableContent;
import org.palermo.documents.SearchableContentChanged;
import org.palermo.documents.SearchableContentRemoved;
import org.palermo.documents.SearchableContentSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the search finds of the questionnaires: the text answers of a submitted
 * questionnaire, readable by the review's people and the secretariat only (as the policy
 * lets them read answers after submission). Drafts are never indexed; reopening removes
 * the answers from the index.
 */
@Component
class QuestionnaireSearch implements SearchableContentSource {

	/** The source name of answers in the index. */
	static final String SOURCE = "answer";

	/** The content type of answers in the index. */
	static final String TYPE = "ANSWER";

	private final QuestionnaireRepository questionnaires;

	private final AnswerRepository answers;

	private final TemplateService templates;

	private final CycleService cycle;

	private final ApplicationEventPublisher events;

	QuestionnaireSearch(QuestionnaireRepository questionnaires, AnswerRepository answers, TemplateService templates,
			CycleService cycle, ApplicationEventPublisher events) {
		this.questionnaires = questionnaires;
		this.answers = answers;
		this.templates = templates;
		this.cycle = cycle;
		this.events = events;
	}

	/** Indexes the answers of a questionnaire just submitted (after commit). */
	void submitted(Questionnaire questionnaire) {
		contents(questionnaire).forEach((c) -> this.events.publishEvent(new SearchableContentChanged(c)));
	}

	/** Removes the answers of a questionnaire just reopened from the index. */
	void reopened(Questionnaire questionnaire) {
		this.answers.findByQuestionnaireId(questionnaire.getId())
			.forEach((a) -> this.events.publishEvent(new SearchableContentRemoved(SOURCE, String.valueOf(a.getId()))));
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return this.questionnaires.findAll()
			.stream()
			.filter((q) -> q.getStatus() == QuestionnaireStatus.SUBMITTED)
			.mapToLong((q) -> contents(q).size())
			.sum();
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Consumer<SearchableContent> consumer) {
		this.questionnaires.findAll()
			.stream()
			.filter((q) -> q.getStatus() == QuestionnaireStatus.SUBMITTED)
			.forEach((q) -> contents(q).forEach(consumer));
	}

	/** The searchable text answers of a submitted questionnaire. */
	List<SearchableContent> contents(Questionnaire questionnaire) {
		if (questionnaire.getStatus() != QuestionnaireStatus.SUBMITTED) {
			return List.of();
		}
		CountryReview review = this.cycle.review(questionnaire.getReviewId());
		Map<String, TemplateQuestion> questions = this.templates.template(questionnaire.getTemplateId())
			.getQuestions()
			.stream()
			.collect(Collectors.toMap(TemplateQuestion::getQuestionKey, Function.identity(), (a, b) -> a));
		LocalDate date = (questionnaire.getSubmittedAt() != null)
				? LocalDate.ofInstant(questionnaire.getSubmittedAt(), ZoneOffset.UTC) : null;
		return this.answers.findByQuestionnaireId(questionnaire.getId()).stream().filter((a) -> {
			TemplateQuestion q = questions.get(a.getQuestionKey());
			return q != null && q.getKind().isText() && a.getValue() != null && !a.getValue().isBlank();
		}).map((a) -> {
			TemplateQuestion q = questions.get(a.getQuestionKey());
			String instrument = q.getInstrument().name();
			String title = review.getStateUnderReview() + " · " + instrument + " " + q.getArticleNumber() + " · "
					+ q.getArticleTitle();
			return new SearchableContent(SOURCE, String.valueOf(a.getId()), title, a.getValue(), "en",
					review.getStateUnderReview(), instrument, List.of(instrument + " " + q.getArticleNumber()), TYPE,
					date, Confidentiality.REVIEW, review.getId(), null,
					"/reviews/" + review.getId() + "/questionnaire/questions/" + q.getQuestionKey());
		}).toList();
	}

}
