package org.palermo.questionnaires;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.audit.AuditService;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.InstrumentService;
import org.palermo.instruments.ThematicCluster;
import org.palermo.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire templates: generated from the articles of a cluster for each
 * instrument, drafted, then published. A new version never changes the answers already
 * written: each keeps the version it answered.
 */
@Service
public class TemplateService {

	private static final Map<Instrument, String> INSTRUMENT_NAMES = Map.of(Instrument.UNTOC, "the Convention",
			Instrument.TIP, "the Trafficking in Persons Protocol", Instrument.SOM, "the Smuggling of Migrants Protocol",
			Instrument.FA, "the Firearms Protocol");

	private final TemplateRepository templates;

	private final InstrumentService instruments;

	private final AuditService audit;

	private final Clock clock;

	private final Map<Long, QuestionnaireTemplate> published = new java.util.concurrent.ConcurrentHashMap<>();

	TemplateService(TemplateRepository templates, InstrumentService instruments, AuditService audit, Clock clock) {
		this.templates = templates;
		this.instruments = instruments;
		this.audit = audit;
		this.clock = clock;
	}

	/** The newest published template of a cluster. */
	@Transactional(readOnly = true)
	public QuestionnaireTemplate published(ThematicCluster cluster) {
		return this.templates.findFirstByClusterAndStatusOrderByTemplateVersionDesc(cluster, TemplateStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("template"));
	}

	/**
	 * A template with its questions; a published one never changes, so it is read once
	 * and kept.
	 */
	@Transactional(readOnly = true)
	public QuestionnaireTemplate template(long id) {
		QuestionnaireTemplate kept = this.published.get(id);
		if (kept != null) {
			return kept;
		}
		QuestionnaireTemplate template = this.templates.findById(id)
			.orElseThrow(() -> new NotFoundException("template"));
		template.getQuestions().forEach((q) -> q.prompt(java.util.Locale.ENGLISH));
		if (template.getStatus() == TemplateStatus.PUBLISHED) {
			this.published.put(id, template);
		}
		return template;
	}

	/** Ships the default template of every cluster that has none yet, published. */
	@Transactional
	public void ensureDefaults() {
		for (ThematicCluster cluster : ThematicCluster.values()) {
			if (!this.templates.existsByCluster(cluster)) {
				QuestionnaireTemplate draft = generate(cluster);
				publish(draft.getId());
			}
		}
	}

	/**
	 * A new draft version of a cluster's template, from the articles the cluster holds
	 * today.
	 */
	@Transactional
	public QuestionnaireTemplate generate(ThematicCluster cluster) {
		int next = this.templates.findAll()
			.stream()
			.filter((t) -> t.getCluster() == cluster)
			.mapToInt(QuestionnaireTemplate::getTemplateVersion)
			.max()
			.orElse(0) + 1;
		QuestionnaireTemplate template = new QuestionnaireTemplate(cluster, next, Instant.now(this.clock));
		int position = 0;
		for (Map.Entry<Instrument, List<Article>> entry : this.instruments.articlesByInstrument().entrySet()) {
			for (Article article : entry.getValue()) {
				if (article.getCluster() != cluster) {
					continue;
				}
				for (QuestionKind kind : QuestionKind.values()) {
					template.add(question(entry.getKey(), article, kind, position++));
				}
			}
		}
		template = this.templates.saveAndFlush(template);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("cluster", cluster.name());
		after.put("version", next);
		after.put("questions", template.getQuestions().size());
		this.audit.record("questionnaire-template.drafted", "questionnaire-template", String.valueOf(template.getId()),
				null, after);
		return template;
	}

	@Transactional
	public QuestionnaireTemplate publish(long id) {
		QuestionnaireTemplate template = template(id);
		template.publish(Instant.now(this.clock));
		this.audit.record("questionnaire-template.published", "questionnaire-template", String.valueOf(id),
				Map.of("status", TemplateStatus.DRAFT.name()), Map.of("status", TemplateStatus.PUBLISHED.name()));
		return template;
	}

	/**
	 * The cluster's newest published version when it is newer than this template; what a
	 * draft questionnaire may move to.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<QuestionnaireTemplate> newerThan(long templateId) {
		QuestionnaireTemplate current = template(templateId);
		return this.templates
			.findFirstByClusterAndStatusOrderByTemplateVersionDesc(current.getCluster(), TemplateStatus.PUBLISHED)
			.filter((t) -> t.getTemplateVersion() > current.getTemplateVersion())
			.map((t) -> template(t.getId()));
	}

	/** Every version of every cluster, newest first within a cluster. */
	@Transactional(readOnly = true)
	public List<Version> versions() {
		return this.templates.findAll()
			.stream()
			.sorted(java.util.Comparator.comparing(QuestionnaireTemplate::getCluster)
				.thenComparing(QuestionnaireTemplate::getTemplateVersion, java.util.Comparator.reverseOrder()))
			.map((t) -> new Version(t.getId(), t.getCluster(), t.getTemplateVersion(), t.getStatus(),
					t.getQuestions().size()))
			.toList();
	}

	/** One version in the list of versions. */
	public record Version(long id, ThematicCluster cluster, int templateVersion, TemplateStatus status, int questions) {
	}

	/**
	 * A new draft version of a cluster's template: a copy of its newest published
	 * version, to edit; one draft at a time.
	 */
	@Transactional
	public QuestionnaireTemplate draftNextVersion(ThematicCluster cluster) {
		List<QuestionnaireTemplate> all = this.templates.findAll()
			.stream()
			.filter((t) -> t.getCluster() == cluster)
			.toList();
		if (all.stream().anyMatch((t) -> t.getStatus() == TemplateStatus.DRAFT)) {
			throw new org.palermo.system.UserInputException("questionnaire.template.error.draftExists");
		}
		int next = all.stream().mapToInt(QuestionnaireTemplate::getTemplateVersion).max().orElse(0) + 1;
		QuestionnaireTemplate draft = this.templates
			.saveAndFlush(published(cluster).nextDraft(next, Instant.now(this.clock)));
		this.audit.record("questionnaire-template.drafted", "questionnaire-template", String.valueOf(draft.getId()),
				null, Map.of("cluster", cluster.name(), "version", next, "from", next - 1));
		return draft;
	}

	/** Changes the prompt and guidance of one question of a draft, in one language. */
	@Transactional
	public void write(long draftId, String key, String language, String prompt, String guidance) {
		if (language == null || !org.palermo.system.Languages.CODES.contains(language)) {
			throw new org.palermo.system.UserInputException("questionnaire.template.error.language");
		}
		if (prompt == null || prompt.isBlank() || prompt.length() > 1000 || guidance == null
				|| guidance.length() > 2000) {
			throw new org.palermo.system.UserInputException("questionnaire.template.error.text");
		}
		TemplateQuestion question = draft(draftId).draftQuestion(key);
		question.write(language, prompt.strip(), guidance.strip());
		this.audit.record("questionnaire-template.question-written", "questionnaire-template", String.valueOf(draftId),
				null, Map.of("question", key, "language", language));
	}

	/**
	 * Removes a question from a draft; answers to it are dropped by a questionnaire
	 * moving here.
	 */
	@Transactional
	public void remove(long draftId, String key) {
		draft(draftId).remove(key);
		this.audit.record("questionnaire-template.question-removed", "questionnaire-template", String.valueOf(draftId),
				Map.of("question", key), null);
	}

	/** Gives a question of a draft a new id; answers to the old id move to it. */
	@Transactional
	public void rekey(long draftId, String key, String newKey) {
		QuestionnaireTemplate draft = draft(draftId);
		String checked = checkedKey(draft, newKey);
		draft.draftQuestion(key).rekey(checked);
		this.audit.record("questionnaire-template.question-moved", "questionnaire-template", String.valueOf(draftId),
				Map.of("question", key), Map.of("question", checked));
	}

	/** Adds a question to a section (an article of an instrument) of a draft. */
	@Transactional
	public void add(long draftId, String section, String key, QuestionKind kind, String prompt, String guidance) {
		QuestionnaireTemplate draft = draft(draftId);
		TemplateQuestion model = draft.getQuestions()
			.stream()
			.filter((q) -> q.getSectionKey().equals(section))
			.findFirst()
			.orElseThrow(() -> new org.palermo.system.UserInputException("questionnaire.template.error.section"));
		if (kind == null || prompt == null || prompt.isBlank() || prompt.length() > 1000 || guidance == null
				|| guidance.length() > 2000) {
			throw new org.palermo.system.UserInputException("questionnaire.template.error.text");
		}
		String checked = checkedKey(draft, key);
		if (!checked.startsWith(section + "-")) {
			throw new org.palermo.system.UserInputException("questionnaire.template.error.key");
		}
		draft.insert(new TemplateQuestion(checked, model.getInstrument(), model.getArticleNumber(),
				model.getArticleTitle(), kind, 0, null, prompt.strip(), guidance.strip()));
		this.audit.record("questionnaire-template.question-added", "questionnaire-template", String.valueOf(draftId),
				null, Map.of("question", checked, "kind", kind.name()));
	}

	private static final java.util.regex.Pattern KEY = java.util.regex.Pattern
		.compile("[A-Z]{2,5}-[0-9]{1,3}(-[A-Z0-9_]{1,20}){1,3}");

	private static String checkedKey(QuestionnaireTemplate draft, String key) {
		if (key == null || key.length() > 64 || !KEY.matcher(key).matches()) {
			throw new org.palermo.system.UserInputException("questionnaire.template.error.key");
		}
		if (draft.has(key)) {
			throw new org.palermo.system.UserInputException("questionnaire.template.error.keyTaken");
		}
		return key;
	}

	private QuestionnaireTemplate draft(long id) {
		QuestionnaireTemplate draft = this.templates.findById(id).orElseThrow(() -> new NotFoundException("template"));
		if (draft.getStatus() != TemplateStatus.DRAFT) {
			throw new org.palermo.system.UserInputException("questionnaire.template.error.published");
		}
		return draft;
	}

	/**
	 * Publishes a draft from the editor (a published version is refused, with a reason).
	 */
	@Transactional
	public QuestionnaireTemplate publishDraft(long id) {
		return publish(draft(id).getId());
	}

	static String questionKey(Instrument instrument, int article, QuestionKind kind) {
		return TemplateQuestion.sectionKey(instrument, article) + "-" + kind.name();
	}

	private static TemplateQuestion question(Instrument instrument, Article article, QuestionKind kind, int position) {
		int n = article.getNumber();
		String of = "article " + n + " of " + INSTRUMENT_NAMES.get(instrument);
		String statusKey = questionKey(instrument, n, QuestionKind.STATUS);
		String condition = (kind == QuestionKind.NEEDS_TYPES || kind == QuestionKind.NEEDS) ? statusKey : null;
		String prompt = switch (kind) {
			case STATUS -> "Has your State implemented " + of + " (" + article.getTitleEn() + ")?";
			case EXPLANATION ->
				"Describe how your State implements " + of + ": the measures taken and the authorities responsible.";
			case LEGISLATION -> "Cite the legislation that implements " + of
					+ ": title, provision and a link or library document, one per line.";
			case EXAMPLES -> "Give examples of the implementation of " + of + ": cases, decisions, statistics.";
			case CHALLENGES -> "What challenges has your State met in implementing " + of + "?";
			case NEEDS_TYPES -> "Which kinds of technical assistance would help your State implement " + of + " fully?";
			case NEEDS -> "Describe the technical assistance your State needs to implement " + of + ".";
		};
		String guidance = switch (kind) {
			case STATUS -> "Answer yes only if every obligation of the article is met in law and in practice.";
			case EXPLANATION -> "Explain the measures in force, not those planned; plain text, Markdown lists allowed.";
			case LEGISLATION -> "Cite laws by title and provision; link them rather than pasting them as annexes.";
			case EXAMPLES -> "Cases and statistics of the last five years, with their sources where public.";
			case CHALLENGES -> "Legal, institutional, practical or resource challenges, as they are.";
			case NEEDS_TYPES -> "Asked when the article is implemented in part or not at all.";
			case NEEDS -> "Say what would help, for whom, and whether assistance is already received.";
		};
		return new TemplateQuestion(questionKey(instrument, n, kind), instrument, n, article.getTitleEn(), kind,
				position, condition, prompt, guidance);
	}

}
