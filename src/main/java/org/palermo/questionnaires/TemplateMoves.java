package org.palermo.questionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft questionnaire moving to a newer published version of its template: the mapping,
 * question by question (kept, moved to a new id, dropped, new), shown to the focal point,
 * applied once confirmed, audited. A submitted questionnaire keeps its version.
 */
@Service
public class TemplateMoves {

	/** What happens to one question. */
	public enum Change {

		KEPT, MOVED, DROPPED, NEW

	}

	/**
	 * One line of the mapping; {@code answer} the current answer of the old question, if
	 * any.
	 */
	public record Row(String from, String to, Change change, String prompt, String answer) {
	}

	/** The mapping from the questionnaire's version to a newer one. */
	public record Mapping(CountryReview review, int fromVersion, QuestionnaireTemplate target, List<Row> rows) {

		public long count(String change) {
			return this.rows.stream().filter((r) -> r.change().name().equals(change)).count();
		}

		public List<Row> changed() {
			return this.rows.stream().filter((r) -> r.change() != Change.KEPT).toList();
		}

	}

	private final QuestionnaireService questionnaires;

	private final QuestionnaireRepository questionnaireRows;

	private final TemplateService templates;

	private final AnswerRepository answers;

	private final CommentRepository comments;

	private final EvidenceRepository evidence;

	private final CycleService cycle;

	private final ReviewPolicy policy;

	private final AuditService audit;

	TemplateMoves(QuestionnaireService questionnaires, QuestionnaireRepository questionnaireRows,
			TemplateService templates, AnswerRepository answers, CommentRepository comments,
			EvidenceRepository evidence, CycleService cycle, ReviewPolicy policy, AuditService audit) {
		this.questionnaires = questionnaires;
		this.questionnaireRows = questionnaireRows;
		this.templates = templates;
		this.answers = answers;
		this.comments = comments;
		this.evidence = evidence;
		this.cycle = cycle;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * The newer published version a draft may move to, if any (for the page's notice).
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> newerVersion(long reviewId) {
		return this.questionnaireRows.findByReviewId(reviewId)
			.filter((q) -> !q.isSubmitted())
			.flatMap((q) -> this.templates.newerThan(q.getTemplateId()))
			.map(QuestionnaireTemplate::getTemplateVersion);
	}

	/** The mapping the focal point confirms; only they see it. */
	@Transactional(readOnly = true)
	public Mapping preview(long reviewId, String username) {
		require(username, reviewId);
		Questionnaire questionnaire = this.questionnaireRows.findByReviewId(reviewId)
			.orElseThrow(() -> new NotFoundException("questionnaire"));
		questionnaire.requireDraft();
		QuestionnaireTemplate target = this.templates.newerThan(questionnaire.getTemplateId())
			.orElseThrow(() -> new UserInputException("questionnaire.move.error.none"));
		return mapping(questionnaire, target);
	}

	/**
	 * Moves the draft to the version previewed ({@code targetTemplateId}); refused when
	 * another version was published since.
	 */
	@Transactional
	public Mapping apply(long reviewId, Long targetTemplateId, Long seenVersion, String username) {
		require(username, reviewId);
		Questionnaire questionnaire = this.questionnaireRows.findByReviewId(reviewId)
			.orElseThrow(() -> new NotFoundException("questionnaire"));
		questionnaire.requireDraft();
		QuestionnaireTemplate target = this.templates.newerThan(questionnaire.getTemplateId())
			.orElseThrow(() -> new UserInputException("questionnaire.move.error.none"));
		if (targetTemplateId == null || !target.getId().equals(targetTemplateId) || seenVersion == null
				|| seenVersion != questionnaire.getVersion()) {
			throw new ConcurrentEditException("questionnaire " + reviewId);
		}
		Mapping mapping = mapping(questionnaire, target);
		List<String> moved = new ArrayList<>();
		for (Row row : mapping.rows()) {
			if (row.change() == Change.MOVED) {
				this.answers.findByQuestionnaireIdAndQuestionKey(questionnaire.getId(), row.from())
					.ifPresent((a) -> a.moveTo(row.to()));
				this.comments.moveQuestion(questionnaire.getId(), row.from(), row.to());
				this.evidence.moveQuestion(questionnaire.getId(), row.from(), row.to());
				moved.add(row.from() + " -> " + row.to());
			}
		}
		questionnaire.moveToTemplate(target.getId());
		this.questionnaireRows.saveAndFlush(questionnaire);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("templateVersion", target.getTemplateVersion());
		after.put("kept", mapping.count("KEPT"));
		after.put("moved", moved);
		after.put("dropped",
				mapping.rows().stream().filter((r) -> r.change() == Change.DROPPED).map(Row::from).toList());
		after.put("new", mapping.count("NEW"));
		this.audit.record("questionnaire.template-moved", "questionnaire", String.valueOf(questionnaire.getId()),
				Map.of("templateVersion", mapping.fromVersion()), after);
		return mapping;
	}

	private Mapping mapping(Questionnaire questionnaire, QuestionnaireTemplate target) {
		CountryReview review = this.cycle.review(questionnaire.getReviewId());
		QuestionnaireTemplate current = this.templates.template(questionnaire.getTemplateId());
		List<TemplateQuestion> before = this.questionnaires.covered(review, current);
		List<TemplateQuestion> after = this.questionnaires.covered(review, target);
		Map<String, TemplateQuestion> afterByKey = after.stream()
			.collect(Collectors.toMap(TemplateQuestion::getQuestionKey, Function.identity(), (a, b) -> a));
		java.util.Set<String> beforeKeys = before.stream()
			.map(TemplateQuestion::getQuestionKey)
			.collect(Collectors.toSet());
		Map<String, TemplateQuestion> movedFrom = new LinkedHashMap<>();
		for (TemplateQuestion q : after) {
			if (q.getPreviousKey() != null && beforeKeys.contains(q.getPreviousKey())
					&& !beforeKeys.contains(q.getQuestionKey())) {
				movedFrom.putIfAbsent(q.getPreviousKey(), q);
			}
		}
		Map<String, Answer> answersByKey = this.answers.findByQuestionnaireId(questionnaire.getId())
			.stream()
			.collect(Collectors.toMap(Answer::getQuestionKey, Function.identity()));
		List<Row> rows = new ArrayList<>();
		for (TemplateQuestion q : before) {
			Answer answer = answersByKey.get(q.getQuestionKey());
			String value = (answer != null) ? answer.getValue() : null;
			if (afterByKey.containsKey(q.getQuestionKey())) {
				rows.add(new Row(q.getQuestionKey(), q.getQuestionKey(), Change.KEPT,
						q.prompt(java.util.Locale.ENGLISH), value));
			}
			else if (movedFrom.containsKey(q.getQuestionKey())) {
				rows.add(new Row(q.getQuestionKey(), movedFrom.get(q.getQuestionKey()).getQuestionKey(), Change.MOVED,
						q.prompt(java.util.Locale.ENGLISH), value));
			}
			else {
				rows.add(new Row(q.getQuestionKey(), null, Change.DROPPED, q.prompt(java.util.Locale.ENGLISH), value));
			}
		}
		java.util.Set<String> movedTo = movedFrom.values()
			.stream()
			.map(TemplateQuestion::getQuestionKey)
			.collect(Collectors.toSet());
		for (TemplateQuestion q : after) {
			if (!beforeKeys.contains(q.getQuestionKey()) && !movedTo.contains(q.getQuestionKey())) {
				rows.add(new Row(null, q.getQuestionKey(), Change.NEW, q.prompt(java.util.Locale.ENGLISH), null));
			}
		}
		return new Mapping(review, current.getTemplateVersion(), target, rows);
	}

	private void require(String username, long reviewId) {
		if (!this.policy.may(username, ReviewAction.CLEAR_QUESTIONNAIRE, reviewId)) {
			throw new AccessDeniedException("template move on review " + reviewId);
		}
	}

}
