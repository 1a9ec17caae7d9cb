package org.palermo.questionnaires;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.palermo.audit.AuditService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.documents.FileKind;
import org.palermo.documents.FileStore;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence attached to answers: files (PDF, DOCX, ODT, XLSX, PNG, JPEG; the type read
 * from the content) kept in the documents module's storage, their records here. Attaching
 * and removing are drafting ({@code ANSWER_QUESTIONNAIRE}); listing and downloading are
 * reading the answers ({@code READ_ANSWERS}), asked of the review policy every time.
 */
@Service
public class EvidenceService {

	/** The most files one question keeps. */
	static final int MAX_PER_QUESTION = 20;

	private final QuestionnaireService questionnaires;

	private final EvidenceRepository evidence;

	private final FileStore files;

	private final ReviewPolicy policy;

	private final AuditService audit;

	private final Clock clock;

	private final DataSize maxSize;

	EvidenceService(QuestionnaireService questionnaires, EvidenceRepository evidence, FileStore files,
			ReviewPolicy policy, AuditService audit, Clock clock,
			@Value("${palermo.questionnaires.evidence-max-size:20MB}") DataSize maxSize) {
		this.questionnaires = questionnaires;
		this.evidence = evidence;
		this.files = files;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/** The largest file accepted, in megabytes (for the form and the error). */
	public long maxMegabytes() {
		return this.maxSize.toMegabytes();
	}

	/** Attaches a file to the answer of one question, audited. */
	@Transactional
	public Evidence attach(long reviewId, String questionKey, String originalName, byte[] content, String username) {
		require(username, ReviewAction.ANSWER_QUESTIONNAIRE, reviewId);
		Questionnaire questionnaire = this.questionnaires.find(reviewId)
			.orElseThrow(() -> new NotFoundException("question"));
		questionnaire.requireDraft();
		this.questionnaires.question(reviewId, questionKey);
		if (content == null || content.length == 0) {
			throw new UserInputException("questionnaire.evidence.error.missing");
		}
		if (content.length > this.maxSize.toBytes()) {
			throw new UserInputException("questionnaire.evidence.error.tooLarge");
		}
		FileKind kind = FileKind.detect(content)
			.orElseThrow(() -> new UserInputException("questionnaire.evidence.error.type"));
		if (this.evidence.findByQuestionnaireIdAndQuestionKeyOrderByIdAsc(questionnaire.getId(), questionKey)
			.size() >= MAX_PER_QUESTION) {
			throw new UserInputException("questionnaire.evidence.error.count");
		}
		FileStore.Stored stored = this.files.put("evidence", content);
		Evidence attached = this.evidence
			.save(new Evidence(questionnaire.getId(), questionKey, fileName(originalName, kind), kind.mediaType(),
					stored.size(), stored.sha256(), stored.key(), username, Instant.now(this.clock)));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("question", questionKey);
		after.put("evidence", attached.getId());
		after.put("fileName", attached.getFileName());
		after.put("mediaType", attached.getMediaType());
		after.put("size", attached.getSizeBytes());
		after.put("sha256", attached.getSha256());
		this.audit.record("questionnaire.evidence-attached", "questionnaire", String.valueOf(questionnaire.getId()),
				null, after);
		return attached;
	}

	/**
	 * Removes one file from an answer being drafted, audited; the bytes go once
	 * committed.
	 */
	@Transactional
	public Evidence remove(long reviewId, long evidenceId, String username) {
		require(username, ReviewAction.ANSWER_QUESTIONNAIRE, reviewId);
		Questionnaire questionnaire = this.questionnaires.find(reviewId)
			.orElseThrow(() -> new NotFoundException("evidence"));
		questionnaire.requireDraft();
		Evidence removed = ofQuestionnaire(questionnaire, evidenceId);
		this.evidence.delete(removed);
		this.files.deleteAfterCommit(removed.getStorageKey());
		this.audit.record("questionnaire.evidence-removed", "questionnaire", String.valueOf(questionnaire.getId()),
				Map.of("question", removed.getQuestionKey(), "evidence", removed.getId(), "fileName",
						removed.getFileName(), "sha256", removed.getSha256()),
				null);
		return removed;
	}

	/**
	 * The evidence of every question, for those who may read the answers; nothing (not
	 * even a count) for anyone else.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<Evidence>> byQuestion(long reviewId, String username) {
		if (!this.policy.may(username, ReviewAction.READ_ANSWERS, reviewId)) {
			return Map.of();
		}
		return this.questionnaires.find(reviewId)
			.<Map<String, List<Evidence>>>map((q) -> this.evidence.findByQuestionnaireIdOrderByIdAsc(q.getId())
				.stream()
				.collect(Collectors.groupingBy(Evidence::getQuestionKey, LinkedHashMap::new, Collectors.toList())))
			.orElse(Map.of());
	}

	/** The evidence of one question, for those who may read the answers. */
	@Transactional(readOnly = true)
	public List<Evidence> of(long reviewId, String questionKey, String username) {
		if (!this.policy.may(username, ReviewAction.READ_ANSWERS, reviewId)) {
			return List.of();
		}
		return this.questionnaires.find(reviewId)
			.map((q) -> this.evidence.findByQuestionnaireIdAndQuestionKeyOrderByIdAsc(q.getId(), questionKey))
			.orElse(List.of());
	}

	/**
	 * One file, for those who may read the answers (403 otherwise, before anything is
	 * looked up), checked against its SHA-256.
	 */
	@Transactional(readOnly = true)
	public EvidenceFile file(long reviewId, long evidenceId, String username) {
		require(username, ReviewAction.READ_ANSWERS, reviewId);
		Questionnaire questionnaire = this.questionnaires.find(reviewId)
			.orElseThrow(() -> new NotFoundException("evidence"));
		Evidence found = ofQuestionnaire(questionnaire, evidenceId);
		return new EvidenceFile(found.getFileName(), found.getMediaType(),
				this.files.get(found.getStorageKey(), found.getSha256()));
	}

	/** A file to send: its name, type and bytes. */
	public record EvidenceFile(String fileName, String mediaType, byte[] content) {
	}

	private Evidence ofQuestionnaire(Questionnaire questionnaire, long evidenceId) {
		return this.evidence.findById(evidenceId)
			.filter((e) -> e.getQuestionnaireId().equals(questionnaire.getId()))
			.orElseThrow(() -> new NotFoundException("evidence"));
	}

	private void require(String username, ReviewAction action, long reviewId) {
		if (!this.policy.may(username, action, reviewId)) {
			throw new AccessDeniedException(action + " on review " + reviewId);
		}
	}

	/**
	 * A safe name for downloads: the original's base name without control characters or
	 * quotes, with the extension of the kind read from the content.
	 */
	static String fileName(String original, FileKind kind) {
		String name = (original != null) ? original.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		if (base.isEmpty() || base.startsWith(".")) {
			base = "evidence";
		}
		if (base.length() > 150) {
			base = base.substring(0, 150);
		}
		return base + "." + kind.extension();
	}

}
