package org.palermo.questionnaires;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.palermo.system.Problems;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questionnaire of a review as JSON: read it, change one answer with the version
 * read, submit it. Session (with X-XSRF-TOKEN) or bearer token.
 */
@RestController
@Tag(name = "Questionnaires", description = "Self-assessment questionnaires of country reviews")
class QuestionnaireApiController {

	private final QuestionnaireService questionnaires;

	private final Problems problems;

	private final MessageSource messages;

	private final OfflineRoundTrip offline;

	private final AnswersDocument answersDocument;

	private final EvidenceService evidence;

	QuestionnaireApiController(QuestionnaireService questionnaires, Problems problems, MessageSource messages,
			OfflineRoundTrip offline, AnswersDocument answersDocument, EvidenceService evidence) {
		this.evidence = evidence;
		this.questionnaires = questionnaires;
		this.problems = problems;
		this.messages = messages;
		this.offline = offline;
		this.answersDocument = answersDocument;
	}

	@GetMapping("/api/reviews/{id}/questionnaire/answers.pdf")
	@Operation(summary = "The answers as PDF for internal approval",
			description = "Symbol UNTOC/RM/{cycle}/{cluster}/{State}/SAQ, headings per instrument and article, each "
					+ "question asked with its answer as written; the document's words in lang (ar, zh, en, fr, ru, "
					+ "es; Arabic right to left). For those who may read the answers.")
	ResponseEntity<byte[]> answersPdf(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "en") String lang,
			Principal principal) {
		return QuestionnaireController.pdf(this.answersDocument.pdf(id, lang, principal.getName()));
	}

	@GetMapping("/api/reviews/{id}/questionnaire/export.docx")
	@Operation(summary = "The questionnaire and its answers as DOCX",
			description = "One table row per question: id, version of the answer, question, answer. For those who "
					+ "may read the answers.")
	ResponseEntity<byte[]> exportDocx(@PathVariable long id, Principal principal, Locale locale) {
		return QuestionnaireController.file(id, OfflineFile.Format.DOCX,
				this.offline.export(id, OfflineFile.Format.DOCX, principal.getName(), locale));
	}

	@GetMapping("/api/reviews/{id}/questionnaire/export.xlsx")
	@Operation(summary = "The questionnaire and its answers as XLSX",
			description = "Sheet Questionnaire, one row per question: id, version, section, kind, question, answer.")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long id, Principal principal, Locale locale) {
		return QuestionnaireController.file(id, OfflineFile.Format.XLSX,
				this.offline.export(id, OfflineFile.Format.XLSX, principal.getName(), locale));
	}

	@PostMapping("/api/reviews/{id}/questionnaire/import")
	@Operation(summary = "Preview a filled DOCX or XLSX file",
			description = "Multipart, the file in part file. Saves nothing: answers what the file would change, question by question, with conflict "
					+ "true where the answer changed online since the file was exported. Apply each change with PUT "
					+ "and the onlineVersion given. A bad file answers 400 saying where.")
	ResponseEntity<?> importPreview(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) org.springframework.web.multipart.MultipartFile file,
			Principal principal, HttpServletRequest request, Locale locale) throws java.io.IOException {
		if (!this.questionnaires.mayAnswer(id, principal.getName())) {
			throw new org.springframework.security.access.AccessDeniedException("import");
		}
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			return ResponseEntity.ok(this.offline.preview(id, content, principal.getName()));
		}
		catch (OfflineFile.BadFile bad) {
			Map<String, Object> body = this.problems.body(HttpStatus.BAD_REQUEST, "problem.400.detail",
					request.getRequestURI(), locale);
			body.put("detail", this.messages.getMessage(bad.messageKey, bad.arguments, locale));
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
		}
	}

	@GetMapping("/api/reviews/{id}/questionnaire")
	@Operation(summary = "The questionnaire of a review",
			description = "Sections (one per article of each instrument the State under review is party to) and "
					+ "their questions, each with id and kind; answer (value, version) where the caller may read "
					+ "the answers, and then evidence (files attached to the answer: id, fileName, mediaType, size, "
					+ "sha256, uploadedBy, uploadedAt, href). The review's people and the secretariat only.")
	@ApiResponse(responseCode = "200", description = "The questionnaire")
	@ApiResponse(responseCode = "403", description = "Not one of the review's people")
	QuestionnaireJson questionnaire(@PathVariable long id, Principal principal, Locale locale) {
		QuestionnaireView view = this.questionnaires.view(id, principal.getName());
		return QuestionnaireJson.of(view, this.evidence.byQuestion(id, principal.getName()), locale);
	}

	@GetMapping("/api/reviews/{id}/questionnaire/evidence/{evidenceId}")
	@Operation(summary = "One evidence file",
			description = "The file attached to an answer, as an attachment (Content-Disposition, nosniff), checked "
					+ "against its SHA-256. For those who may read the answers: the reviewing States only once "
					+ "the questionnaire is submitted.")
	@ApiResponse(responseCode = "200", description = "The file")
	@ApiResponse(responseCode = "403", description = "The caller may not read the answers")
	@ApiResponse(responseCode = "404", description = "No such file in this questionnaire")
	ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long evidenceId, Principal principal) {
		return QuestionnaireController.download(this.evidence.file(id, evidenceId, principal.getName()));
	}

	@PutMapping("/api/reviews/{id}/questionnaire/answers/{questionId}")
	@Operation(summary = "Change one answer",
			description = "Body {\"value\": ..., \"version\": n}: value a string (YES, YES_IN_PART or NO for a status "
					+ "question; codes separated by commas for NEEDS_TYPES); version the one read, absent for a first "
					+ "answer. The State under review's focal point and experts, while the questionnaire is drafted.")
	@ApiResponse(responseCode = "200", description = "The question with its new answer and version")
	@ApiResponse(responseCode = "409",
			description = "Someone saved the answer since: problem+json with yours and theirs (value, version)")
	QuestionnaireJson.QuestionJson answer(@PathVariable long id, @PathVariable String questionId,
			@RequestBody QuestionnaireJson.AnswerBody body, Principal principal, Locale locale) {
		Answer saved = this.questionnaires.save(id, questionId, body.value(), body.version(), principal.getName());
		TemplateQuestion question = this.questionnaires.question(id, questionId);
		return QuestionnaireJson.question(question, saved, locale);
	}

	@PostMapping("/api/reviews/{id}/questionnaire/submit")
	@Operation(summary = "Clear and submit the answers",
			description = "The State under review's focal point only; the questionnaire is frozen and the reviewing "
					+ "States can read it.")
	@ApiResponse(responseCode = "200", description = "The submitted questionnaire's status and stamp")
	Map<String, Object> submit(@PathVariable long id, Principal principal) {
		Questionnaire submitted = this.questionnaires.submit(id, principal.getName());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reviewId", id);
		body.put("status", submitted.getStatus().name());
		body.put("submittedAt", submitted.getSubmittedAt());
		body.put("submittedBy", submitted.getSubmittedBy());
		return body;
	}

	/** A stored evidence file that no longer matches its SHA-256: not served. */
	@ExceptionHandler(org.palermo.documents.FileStore.CorruptedFileException.class)
	ResponseEntity<Map<String, Object>> corrupted(HttpServletRequest request, Locale locale) {
		Map<String, Object> body = this.problems.body(HttpStatus.INTERNAL_SERVER_ERROR, "documents.error.integrity",
				request.getRequestURI(), locale);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	/** A 409 with both versions, so the client can merge; nothing was saved. */
	@ExceptionHandler(AnswerConflictException.class)
	ResponseEntity<Map<String, Object>> conflict(AnswerConflictException conflict, HttpServletRequest request,
			Locale locale) {
		Map<String, Object> body = this.problems.body(HttpStatus.CONFLICT, "questionnaire.conflict.detail",
				request.getRequestURI(), locale);
		body.put("question", conflict.getQuestionKey());
		body.put("yours", Map.of("value", conflict.getYours()));
		Map<String, Object> theirs = new LinkedHashMap<>();
		theirs.put("value", conflict.getTheirsValue());
		theirs.put("version", conflict.getTheirsVersion());
		theirs.put("updatedBy", conflict.getTheirsBy());
		theirs.put("updatedAt", conflict.getTheirsAt());
		body.put("theirs", theirs);
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
