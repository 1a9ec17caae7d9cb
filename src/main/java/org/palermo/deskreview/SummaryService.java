package org.palermo.deskreview;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.Languages;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summary's front door: drafted from the list of observations, cleared by each State
 * of the review as the list is, translated language by language.
 */
@Service
public class SummaryService {

	static final int MAX_LENGTH = 200_000;

	private final SummaryDocumentRepository summaries;

	private final SummaryClearanceRepository clearances;

	private final SummaryTranslationRepository translations;

	private final ObservationService observations;

	private final CycleService cycle;

	private final ReviewPolicy policy;

	private final AuditService audit;

	private final MessageSource messages;

	private final Clock clock;

	SummaryService(SummaryDocumentRepository summaries, SummaryClearanceRepository clearances,
			SummaryTranslationRepository translations, ObservationService observations, CycleService cycle,
			ReviewPolicy policy, AuditService audit, MessageSource messages, Clock clock) {
		this.summaries = summaries;
		this.clearances = clearances;
		this.translations = translations;
		this.observations = observations;
		this.cycle = cycle;
		this.policy = policy;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SummaryView view(long reviewId, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		require(viewer, ReviewAction.READ_OBSERVATIONS, reviewId);
		List<String> parties = ObservationService.parties(review);
		String clearingFor = partyFor(viewer, ReviewAction.CLEAR_SUMMARY, review);
		SummaryDocument summary = this.summaries.findByReviewId(reviewId).orElse(null);
		if (summary == null) {
			return new SummaryView(review, null, parties, Map.of(), List.of(), List.of(),
					this.policy.may(viewer, ReviewAction.DRAFT_SUMMARY, reviewId), null, false);
		}
		List<SummaryClearance> all = this.clearances.findBySummaryIdOrderById(summary.getId());
		Map<String, SummaryClearance> active = all.stream()
			.filter(SummaryClearance::isActive)
			.collect(Collectors.toMap(SummaryClearance::getPartyCode, (c) -> c, (a, b) -> b,
					java.util.LinkedHashMap::new));
		return new SummaryView(review, summary, parties, active, all.stream().filter((c) -> !c.isActive()).toList(),
				this.translations.findBySummaryIdOrderByLanguage(summary.getId()),
				this.policy.may(viewer, ReviewAction.DRAFT_SUMMARY, reviewId),
				(clearingFor != null && !active.containsKey(clearingFor)) ? clearingFor : null,
				this.policy.may(viewer, ReviewAction.TRANSLATE_SUMMARY, reviewId));
	}

	/**
	 * The first draft, made from the list of observations as it stands: its items under
	 * their instrument and article, in the language chosen.
	 */
	@Transactional
	public SummaryDocument startFromList(long reviewId, String language, String viewer) {
		require(viewer, ReviewAction.DRAFT_SUMMARY, reviewId);
		if (this.summaries.findByReviewId(reviewId).isPresent()) {
			throw new DeskReviewRefusedException("summary.error.exists");
		}
		String lang = language(language);
		Locale locale = Locale.forLanguageTag(lang);
		ObservationService.ObservationsView list = this.observations.view(reviewId, viewer);
		StringBuilder text = new StringBuilder();
		for (ObservationService.ArticleItems group : list.articles()) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(this.messages.getMessage(group.instrument().shortKey(), null, locale))
				.append(" – ")
				.append(this.messages.getMessage("feedback.article",
						new Object[] { group.article().getNumber(), group.article().title(locale) }, locale))
				.append('\n');
			for (ObservationService.ItemView item : group.items()) {
				text.append("• ")
					.append(this.messages.getMessage(item.item().getType().labelKey(), null, locale))
					.append(": ")
					.append(item.item().getBody())
					.append('\n');
			}
		}
		if (text.isEmpty()) {
			throw new DeskReviewRefusedException("summary.error.emptyList");
		}
		return create(reviewId, lang, text.toString().strip(), viewer);
	}

	/** A drafter writes the summary (version: the one read, none for the first). */
	@Transactional
	public SummaryDocument save(long reviewId, SummaryForm form, String viewer) {
		require(viewer, ReviewAction.DRAFT_SUMMARY, reviewId);
		String body = clean(form.body());
		SummaryDocument summary = this.summaries.findByReviewId(reviewId).orElse(null);
		if (summary == null) {
			if (form.version() != null) {
				throw new ConcurrentEditException("summary " + reviewId);
			}
			return create(reviewId, language(form.language()), body, viewer);
		}
		if (form.version() == null || form.version() != summary.getVersion()) {
			throw new ConcurrentEditException("summary " + summary.getId());
		}
		int before = summary.getRevision();
		Instant now = Instant.now(this.clock);
		summary.rewrite(body, viewer, now);
		SummaryDocument saved = this.summaries.saveAndFlush(summary);
		List<SummaryClearance> withdrawn = this.clearances.findBySummaryIdAndWithdrawnAtIsNull(saved.getId());
		withdrawn.forEach((c) -> c.withdraw(viewer, now));
		this.audit.record("summary.change", "SummaryDocument", String.valueOf(saved.getId()),
				Map.of("revision", before), Map.of("revision", saved.getRevision(), "body", body, "clearancesWithdrawn",
						withdrawn.stream().map(SummaryClearance::getPartyCode).toList()));
		return saved;
	}

	private SummaryDocument create(long reviewId, String language, String body, String viewer) {
		try {
			SummaryDocument summary = this.summaries
				.saveAndFlush(new SummaryDocument(reviewId, language, body, viewer, Instant.now(this.clock)));
			this.audit.record("summary.create", "SummaryDocument", String.valueOf(summary.getId()), null,
					Map.of("language", language, "body", body));
			return summary;
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConcurrentEditException("summary " + reviewId);
		}
	}

	/** A focal point clears the revision they read, for their State. */
	@Transactional
	public SummaryClearance clear(long reviewId, Integer revision, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		String party = partyFor(viewer, ReviewAction.CLEAR_SUMMARY, review);
		if (party == null) {
			throw new AccessDeniedException("review " + reviewId);
		}
		SummaryDocument summary = this.summaries.findByReviewId(reviewId)
			.orElseThrow(() -> new DeskReviewRefusedException("summary.error.none"));
		if (revision == null || revision != summary.getRevision()) {
			throw new ConcurrentEditException("summary " + summary.getId());
		}
		if (this.clearances.findBySummaryIdAndWithdrawnAtIsNull(summary.getId())
			.stream()
			.anyMatch((c) -> c.getPartyCode().equals(party))) {
			throw new DeskReviewRefusedException("observations.error.alreadyCleared");
		}
		SummaryClearance clearance = this.clearances
			.save(new SummaryClearance(summary, party, viewer, Instant.now(this.clock)));
		this.audit.record("summary.clear", "SummaryDocument", String.valueOf(summary.getId()), null,
				Map.of("party", party, "revision", summary.getRevision()));
		return clearance;
	}

	/**
	 * Enters (or replaces) the summary in another language, made from the current text.
	 */
	@Transactional
	public SummaryTranslation translate(long reviewId, String language, TranslationForm form, String viewer) {
		require(viewer, ReviewAction.TRANSLATE_SUMMARY, reviewId);
		SummaryDocument summary = this.summaries.findByReviewId(reviewId)
			.orElseThrow(() -> new DeskReviewRefusedException("summary.error.none"));
		String lang = language(language);
		if (lang.equals(summary.getSourceLanguage())) {
			throw new DeskReviewRefusedException("summary.error.sourceLanguage");
		}
		String body = clean(form.body());
		SummaryTranslation translation = this.translations.findBySummaryIdAndLanguage(summary.getId(), lang)
			.orElse(null);
		if (translation == null) {
			if (form.version() != null) {
				throw new ConcurrentEditException("summary " + summary.getId());
			}
			translation = new SummaryTranslation(summary, lang);
		}
		else if (form.version() == null || form.version() != translation.getVersion()) {
			throw new ConcurrentEditException("summary " + summary.getId());
		}
		translation.enter(body, summary.getRevision(), viewer, Instant.now(this.clock));
		try {
			translation = this.translations.saveAndFlush(translation);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConcurrentEditException("summary " + summary.getId());
		}
		this.audit.record("summary.translate", "SummaryDocument", String.valueOf(summary.getId()), null,
				Map.of("language", lang, "sourceRevision", summary.getRevision(), "body", body));
		return translation;
	}

	/**
	 * Enters (or replaces) a translation from an uploaded DOCX or plain-text file: its
	 * text becomes the translation, recorded against the current revision like a typed
	 * one (so it goes stale the same way); the file's name is audited.
	 */
	@Transactional
	public SummaryTranslation translateFromFile(long reviewId, String language, byte[] content, String fileName,
			Long version, String viewer) {
		require(viewer, ReviewAction.TRANSLATE_SUMMARY, reviewId);
		SummaryTranslation translation = translate(reviewId, language,
				new TranslationForm(TranslationFile.text(content), version), viewer);
		long summaryId = this.summaries.findByReviewId(reviewId).orElseThrow().getId();
		this.audit.record("summary.translationUploaded", "SummaryDocument", String.valueOf(summaryId), null,
				Map.of("language", translation.getLanguage(), "file", (fileName != null) ? fileName.strip() : ""));
		return translation;
	}

	/** Whether every State of the review has cleared the summary's current text. */
	@Transactional(readOnly = true)
	public boolean agreed(long reviewId) {
		CountryReview review = this.cycle.review(reviewId);
		return this.summaries.findByReviewId(reviewId)
			.map((s) -> this.clearances.findBySummaryIdAndWithdrawnAtIsNull(s.getId())
				.stream()
				.map(SummaryClearance::getPartyCode)
				.collect(Collectors.toSet())
				.containsAll(ObservationService.parties(review)))
			.orElse(false);
	}

	private static String language(String language) {
		if (language == null || !Languages.CODES.contains(language)) {
			throw new DeskReviewRefusedException("summary.error.language");
		}
		return language;
	}

	private static String clean(String body) {
		String value = (body != null) ? body.strip() : "";
		if (value.isEmpty()) {
			throw new DeskReviewRefusedException("summary.error.bodyRequired");
		}
		if (value.length() > MAX_LENGTH) {
			throw new DeskReviewRefusedException("summary.error.tooLong");
		}
		return value;
	}

	private void require(String viewer, ReviewAction action, long reviewId) {
		if (!this.policy.may(viewer, action, reviewId)) {
			throw new AccessDeniedException("review " + reviewId);
		}
	}

	private String partyFor(String viewer, ReviewAction action, CountryReview review) {
		return ObservationService.parties(review)
			.stream()
			.filter((party) -> this.policy.mayFor(viewer, action, review.getId(), party))
			.findFirst()
			.orElse(null);
	}

	/** What the summary page shows. */
	public record SummaryView(CountryReview review, SummaryDocument summary, List<String> parties,
			Map<String, SummaryClearance> clearedBy, List<SummaryClearance> withdrawn,
			List<SummaryTranslation> translations, boolean mayDraft, String clearingFor, boolean mayTranslate) {

		public boolean agreed() {
			return this.summary != null && this.clearedBy.keySet().containsAll(this.parties);
		}

		/** Languages still without a translation (the source language excluded). */
		public List<String> missingLanguages() {
			if (this.summary == null) {
				return List.of();
			}
			Set<String> done = this.translations.stream()
				.map(SummaryTranslation::getLanguage)
				.collect(Collectors.toSet());
			return Languages.CODES.stream()
				.filter((l) -> !l.equals(this.summary.getSourceLanguage()) && !done.contains(l))
				.toList();
		}

	}

}
