package org.palermo.questionnaires;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.palermo.instruments.ThematicCluster;

/**
 * One version of the questionnaire of a cluster: its questions, article by article and
 * instrument by instrument. Drafted, then published; a published version never changes.
 */
@Entity
public class QuestionnaireTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ThematicCluster cluster;

	@Column(name = "template_version")
	private int templateVersion;

	@Enumerated(EnumType.STRING)
	private TemplateStatus status;

	private Instant createdAt;

	private Instant publishedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "template_id", nullable = false)
	@OrderBy("position")
	private List<TemplateQuestion> questions = new ArrayList<>();

	protected QuestionnaireTemplate() {
	}

	QuestionnaireTemplate(ThematicCluster cluster, int templateVersion, Instant createdAt) {
		this.cluster = cluster;
		this.templateVersion = templateVersion;
		this.status = TemplateStatus.DRAFT;
		this.createdAt = createdAt;
	}

	void add(TemplateQuestion question) {
		if (this.status != TemplateStatus.DRAFT) {
			throw new IllegalStateException("a published template never changes");
		}
		this.questions.add(question);
	}

	/** A draft of the next version holding a copy of every question of this one. */
	QuestionnaireTemplate nextDraft(int nextVersion, Instant at) {
		QuestionnaireTemplate draft = new QuestionnaireTemplate(this.cluster, nextVersion, at);
		this.questions.forEach((q) -> draft.questions.add(q.copy()));
		return draft;
	}

	/** One question of this draft, to change it. */
	TemplateQuestion draftQuestion(String key) {
		if (this.status != TemplateStatus.DRAFT) {
			throw new IllegalStateException("a published template never changes");
		}
		return this.questions.stream()
			.filter((q) -> q.getQuestionKey().equals(key))
			.findFirst()
			.orElseThrow(() -> new org.palermo.system.NotFoundException("question"));
	}

	void remove(String key) {
		TemplateQuestion question = draftQuestion(key);
		this.questions.remove(question);
		this.questions.stream().filter((q) -> key.equals(q.getConditionKey())).findAny().ifPresent((q) -> {
			throw new org.palermo.system.UserInputException("questionnaire.template.error.conditionRemoved");
		});
	}

	/** Places a new question after the last one of its section (at the end otherwise). */
	void insert(TemplateQuestion question) {
		if (this.status != TemplateStatus.DRAFT) {
			throw new IllegalStateException("a published template never changes");
		}
		int at = this.questions.size();
		for (int i = 0; i < this.questions.size(); i++) {
			if (this.questions.get(i).getSectionKey().equals(question.getSectionKey())) {
				at = i + 1;
			}
		}
		this.questions.add(at, question);
		for (int i = 0; i < this.questions.size(); i++) {
			this.questions.get(i).placeAt(i);
		}
	}

	boolean has(String key) {
		return this.questions.stream().anyMatch((q) -> q.getQuestionKey().equals(key));
	}

	void publish(Instant at) {
		if (this.status != TemplateStatus.DRAFT) {
			throw new IllegalStateException("already published");
		}
		this.status = TemplateStatus.PUBLISHED;
		this.publishedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public ThematicCluster getCluster() {
		return this.cluster;
	}

	public int getTemplateVersion() {
		return this.templateVersion;
	}

	public TemplateStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public List<TemplateQuestion> getQuestions() {
		return List.copyOf(this.questions);
	}

}
