package org.palermo.questionnaires;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.ReviewStep;
import org.palermo.instruments.Instrument;

/**
 * A questionnaire as one reader sees it: its sections (one per article of each instrument
 * the State under review is party to), and the answers where the reader may read them
 * (otherwise none).
 */
public record QuestionnaireView(CountryReview review, Questionnaire questionnaire, int templateVersion,
		List<Section> sections, Map<String, Answer> answers, boolean answersVisible, LocalDate today) {

	/** One article of one instrument and its questions. */
	public record Section(String key, Instrument instrument, int article, String title,
			List<TemplateQuestion> questions) {
	}

	static List<Section> sectionsOf(List<TemplateQuestion> questions) {
		Map<String, List<TemplateQuestion>> bySection = new LinkedHashMap<>();
		for (TemplateQuestion question : questions) {
			bySection.computeIfAbsent(question.getSectionKey(), (k) -> new ArrayList<>()).add(question);
		}
		return bySection.values()
			.stream()
			.map((qs) -> new Section(qs.get(0).getSectionKey(), qs.get(0).getInstrument(), qs.get(0).getArticleNumber(),
					qs.get(0).getArticleTitle(), List.copyOf(qs)))
			.toList();
	}

	public Answer answer(String questionKey) {
		return this.answers.get(questionKey);
	}

	public String value(String questionKey) {
		Answer answer = this.answers.get(questionKey);
		return (answer != null) ? answer.getValue() : "";
	}

	/**
	 * Whether a question is asked: a conditional one only when its status is NO or
	 * YES_IN_PART.
	 */
	public boolean isAsked(TemplateQuestion question) {
		if (question.getConditionKey() == null) {
			return true;
		}
		String status = value(question.getConditionKey());
		return "NO".equals(status) || "YES_IN_PART".equals(status);
	}

	public List<TemplateQuestion> questions() {
		return this.sections.stream().flatMap((s) -> s.questions().stream()).toList();
	}

	/** How many status questions there are, and how many are answered: the progress. */
	public long statusQuestions() {
		return questions().stream().filter((q) -> q.getKind() == QuestionKind.STATUS).count();
	}

	public long statusAnswered() {
		return questions().stream()
			.filter((q) -> q.getKind() == QuestionKind.STATUS && !value(q.getQuestionKey()).isEmpty())
			.count();
	}

	/** Percentage of status questions answered, for the progress bar. */
	public long percentAnswered() {
		long total = statusQuestions();
		return (total == 0) ? 0 : Math.round(100.0 * statusAnswered() / total);
	}

	public LocalDate deadline() {
		return this.review.getDeadlines().get(ReviewStep.SELF_ASSESSMENT);
	}

	/** Days left until the deadline (negative: overdue by that many days). */
	public Long daysLeft() {
		LocalDate due = deadline();
		return (due != null) ? ChronoUnit.DAYS.between(this.today, due) : null;
	}

	public boolean isOverdue() {
		Long left = daysLeft();
		return left != null && left < 0 && !this.questionnaire.isSubmitted();
	}

	public long daysOverdue() {
		Long left = daysLeft();
		return (left != null) ? -left : 0;
	}

}
