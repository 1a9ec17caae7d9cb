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
