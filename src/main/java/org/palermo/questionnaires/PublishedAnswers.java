package org.palermo.questionnaires;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewDocument;
import org.palermo.cycle.ReviewDocumentPublicationDecided;
import org.palermo.system.NotFoundException;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers a State under review published: recorded from the publication decisions
 * (cycle.ReviewDocumentPublicationDecided, document ANSWERS) and shown to everyone only
 * while published <em>and</em> submitted (a reopened questionnaire is a draft again, and
 * drafts are never public).
 */
@Service
public class PublishedAnswers {

	private final AnswersPublicationRepository publications;

	private final QuestionnaireRepository questionnaires;

	private final AnswerRepository answers;

	private final TemplateService templates;

	private final CycleService cycle;

	private final QuestionnaireService questionnaireService;

	PublishedAnswers(AnswersPublicationRepository publications, QuestionnaireRepository questionnaires,
			AnswerRepository answers, TemplateService templates, CycleService cycle,
			QuestionnaireService questionnaireService) {
		this.publications = publications;
		this.questionnaires = questionnaires;
		this.answers = answers;
		this.templates = templates;
		this.cycle = cycle;
		this.questionnaireService = questionnaireService;
	}

	@ApplicationModuleListener
	void on(ReviewDocumentPublicationDecided decided) {
		if (decided.document() != ReviewDocument.ANSWERS) {
			return;
		}
		AnswersPublication publication = this.publications.findById(decided.reviewId())
			.orElseGet(() -> new AnswersPublication(decided.reviewId()));
		publication.decide(decided.published(), decided.decidedBy(), decided.decidedAt());
		this.publications.save(publication);
	}

	/** Of these reviews, those whose answers anyone may read now. */
	@Transactional(readOnly = true)
	public Set<Long> publicOf(Collection<Long> reviewIds) {
		if (reviewIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> published = this.publications.findByReviewIdInAndPublishedTrue(reviewIds)
			.stream()
			.map(AnswersPublication::getReviewId)
			.collect(Collectors.toSet());
		if (published.isEmpty()) {
			return Set.of();
		}
		return this.questionnaires.findByReviewIdIn(published)
			.stream()
			.filter(Questionnaire::isSubmitted)
			.map(Questionnaire::getReviewId)
			.collect(Collectors.toSet());
	}

	/**
	 * The published answers of one review of the State {@code code}; 404 for anything not
	 * published and submitted (existing or not).
	 */
	@Transactional(readOnly = true)
	public QuestionnaireView view(String code, long reviewId) {
		CountryReview review = this.cycle.review(reviewId);
		if (!review.getStateUnderReview().equals(code) || !publicOf(List.of(reviewId)).contains(reviewId)) {
			throw new NotFoundException("answers");
		}
		Questionnaire questionnaire = this.questionnaires.findByReviewId(reviewId)
			.orElseThrow(() -> new NotFoundException("answers"));
		QuestionnaireTemplate template = this.templates.template(questionnaire.getTemplateId());
		Map<String, Answer> current = this.answers.findByQuestionnaireId(questionnaire.getId())
			.stream()
			.collect(Collectors.toMap(Answer::getQuestionKey, Function.identity()));
		return new QuestionnaireView(review, questionnaire, template.getTemplateVersion(),
				QuestionnaireView.sectionsOf(this.questionnaireService.covered(review, template)), current, true,
				LocalDate.now());
	}

	/** When the answers shown were submitted. */
	public static Instant submittedAt(QuestionnaireView view) {
		return view.questionnaire().getSubmittedAt();
	}

}
