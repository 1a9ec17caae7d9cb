package org.palermo.questionnaires;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.palermo.cycle.ReviewPolicy;
import org.palermo.system.UserInputException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questionnaire pages of a review: the answers section by section, one question with
 * its history and comments, the merge of a conflicting save, submission and reopening.
 */
@Controller
class QuestionnaireController {

	private final QuestionnaireService questionnaires;

	private final ReviewPolicy policy;

	private final OfflineRoundTrip offline;

	private final AnswersDocument answersDocument;

	private final EvidenceService evidence;

	private final TemplateMoves moves;

	private final org.springframework.context.MessageSource messages;

	QuestionnaireController(QuestionnaireService questionnaires, ReviewPolicy policy, OfflineRoundTrip offline,
			AnswersDocument answersDocument, EvidenceService evidence, TemplateMoves moves,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.evidence = evidence;
		this.moves = moves;
		this.questionnaires = questionnaires;
		this.policy = policy;
		this.offline = offline;
		this.answersDocument = answersDocument;
	}

	/** The answers as a PDF for internal approval, in one of the six languages. */
	@GetMapping("/reviews/{id}/questionnaire/answers.pdf")
	org.springframework.http.ResponseEntity<byte[]> answersPdf(@PathVariable long id,
			@RequestParam(defaultValue = "en") String lang, Principal principal) {
		return pdf(this.answersDocument.pdf(id, lang, principal.getName()));
	}

	static org.springframework.http.ResponseEntity<byte[]> pdf(AnswersDocument.Rendered rendered) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					org.springframework.http.ContentDisposition.attachment()
						.filename(rendered.fileName())
						.build()
						.toString())
			.header("Cache-Control", "no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(rendered.content());
	}

	@GetMapping("/reviews/{id}/questionnaire/export.docx")
	org.springframework.http.ResponseEntity<byte[]> exportDocx(@PathVariable long id, Principal principal,
			Locale locale) {
		return file(id, OfflineFile.Format.DOCX,
				this.offline.export(id, OfflineFile.Format.DOCX, principal.getName(), locale));
	}

	@GetMapping("/reviews/{id}/questionnaire/export.xlsx")
	org.springframework.http.ResponseEntity<byte[]> exportXlsx(@PathVariable long id, Principal principal,
			Locale locale) {
		return file(id, OfflineFile.Format.XLSX,
				this.offline.export(id, OfflineFile.Format.XLSX, principal.getName(), locale));
	}

	static org.springframework.http.ResponseEntity<byte[]> file(long id, OfflineFile.Format format, byte[] content) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(format.mediaType))
			.header("Content-Disposition",
					"attachment; filename=\"questionnaire-review-" + id + "." + format.name().toLowerCase(Locale.ROOT)
							+ "\"")
			.header("Cache-Control", "no-store")
			.body(content);
	}

	/**
	 * A filled file read back: a preview, question by question; nothing is applied yet.
	 */
	@PostMapping("/reviews/{id}/questionnaire/import")
	ModelAndView importPreview(@PathVariable long id,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Principal principal)
			throws java.io.IOException {
		if (!this.policy.may(principal.getName(), org.palermo.cycle.ReviewAction.ANSWER_QUESTIONNAIRE, id)) {
			throw new org.springframework.security.access.AccessDeniedException("import");
		}
		ModelAndView page = new ModelAndView("questionnaires/import");
		page.addObject("reviewId", id);
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			page.addObject("changes", this.offline.preview(id, content, principal.getName()));
		}
		catch (OfflineFile.BadFile bad) {
			page.setStatus(HttpStatus.BAD_REQUEST);
			page.addObject("error", bad.messageKey);
			page.addObject("errorArguments", bad.arguments);
			page.addObject("changes", List.of());
		}
		return page;
	}

	/**
	 * The answers the writer confirmed in the preview, each with the version it showed.
	 */
	@PostMapping("/reviews/{id}/questionnaire/import/apply")
	String importApply(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request, Principal principal,
			RedirectAttributes redirect) {
		if (!this.policy.may(principal.getName(), org.palermo.cycle.ReviewAction.ANSWER_QUESTIONNAIRE, id)) {
			throw new org.springframework.security.access.AccessDeniedException("import");
		}
		String[] questions = values(request, "question");
		String[] values = values(request, "value");
		String[] versions = values(request, "version");
		List<String> chosen = List.of(values(request, "apply"));
		if (values.length != questions.length || versions.length != questions.length) {
			throw new UserInputException("questionnaire.import.error.form");
		}
		List<OfflineRoundTrip.Confirmed> confirmed = new java.util.ArrayList<>();
		for (int i = 0; i < questions.length; i++) {
			if (chosen.contains(questions[i])) {
				try {
					confirmed.add(new OfflineRoundTrip.Confirmed(questions[i], values[i], Long.parseLong(versions[i])));
				}
				catch (NumberFormatException ex) {
					throw new UserInputException("questionnaire.import.error.form");
				}
			}
		}
		List<String> refused = this.offline.apply(id, confirmed, principal.getName());
		redirect.addFlashAttribute("imported", confirmed.size() - refused.size());
		redirect.addFlashAttribute("importRefused", refused);
		return "redirect:/reviews/" + id + "/questionnaire";
	}

	private static String[] values(jakarta.servlet.http.HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return (values != null) ? values : new String[0];
	}

	/**
	 * The words the page repeats for every question, looked up once per page rather than
	 * once per question (a questionnaire has some 300).
	 */
	private java.util.Map<String, String> labels(Locale locale) {
		java.util.Map<String, String> labels = new java.util.HashMap<>();
		QuestionKind.STATUSES
			.forEach((s) -> labels.put(s, this.messages.getMessage("questionnaire.answer." + s, null, locale)));
		QuestionKind.NEED_TYPES
			.forEach((t) -> labels.put(t, this.messages.getMessage("questionnaire.need." + t, null, locale)));
		for (QuestionKind kind : QuestionKind.values()) {
			labels.put(kind.name(), this.messages.getMessage(kind.labelKey(), null, locale));
		}
		labels.put("guidance", this.messages.getMessage("questionnaire.guidance", null, locale));
		labels.put("save", this.messages.getMessage("questionnaire.save", null, locale));
		labels.put("unanswered", this.messages.getMessage("questionnaire.unanswered", null, locale));
		return labels;
	}

	@GetMapping("/reviews/{id}/questionnaire")
	String show(@PathVariable long id, Principal principal, Model model, Locale locale) {
		QuestionnaireView view = this.questionnaires.view(id, principal.getName());
		model.addAttribute("view", view);
		model.addAttribute("allowed", this.policy.allowed(principal.getName(), view.review()));
		model.addAttribute("openComments", this.questionnaires.openComments(id, principal.getName()));
		model.addAttribute("assignments", this.questionnaires.assignments(id, principal.getName()));
		model.addAttribute("assignable", this.questionnaires.assignable(id));
		model.addAttribute("statuses", QuestionKind.STATUSES);
		model.addAttribute("needTypes", QuestionKind.NEED_TYPES);
		model.addAttribute("languages", org.palermo.system.Languages.CODES);
		model.addAttribute("evidence", this.evidence.byQuestion(id, principal.getName()));
		model.addAttribute("labels", labels(locale));
		model.addAttribute("newerVersion",
				this.policy.may(principal.getName(), org.palermo.cycle.ReviewAction.CLEAR_QUESTIONNAIRE, id)
						? this.moves.newerVersion(id).orElse(null) : null);
		return "questionnaires/show";
	}

	/**
	 * What moving the draft to the newer template version would do, question by question;
	 * the focal point confirms.
	 */
	@GetMapping("/reviews/{id}/questionnaire/template-version")
	String movePreview(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("mapping", this.moves.preview(id, principal.getName()));
		model.addAttribute("questionnaireVersion", this.questionnaires.find(id).orElseThrow().getVersion());
		return "questionnaires/move";
	}

	@PostMapping("/reviews/{id}/questionnaire/template-version")
	String move(@PathVariable long id, @RequestParam(required = false) Long template,
			@RequestParam(required = false) Long version, Principal principal, RedirectAttributes redirect) {
		TemplateMoves.Mapping mapping = this.moves.apply(id, template, version, principal.getName());
		redirect.addFlashAttribute("movedTo", mapping.target().getTemplateVersion());
		return "redirect:/reviews/" + id + "/questionnaire";
	}

	@PostMapping("/reviews/{id}/questionnaire/answers/{questionId}")
	String save(@PathVariable long id, @PathVariable String questionId, @ModelAttribute AnswerForm form,
			Principal principal, RedirectAttributes redirect) {
		this.questionnaires.save(id, questionId, form.toValue(), form.version(), principal.getName());
		redirect.addFlashAttribute("saved", questionId);
		return "redirect:/reviews/" + id + "/questionnaire#q-" + questionId;
	}

	/** The second of two concurrent saves: both versions side by side, nothing lost. */
	@ExceptionHandler(AnswerConflictException.class)
	ModelAndView conflict(AnswerConflictException conflict, Principal principal,
			jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		long reviewId = Long.parseLong(path.split("/")[2]);
		ModelAndView page = new ModelAndView("questionnaires/conflict", HttpStatus.CONFLICT);
		page.addObject("conflict", conflict);
		page.addObject("reviewId", reviewId);
		page.addObject("names", this.questionnaires.namesIn(reviewId));
		page.addObject("needTypes", QuestionKind.NEED_TYPES);
		return page;
	}

	@GetMapping("/reviews/{id}/questionnaire/questions/{questionId}")
	String question(@PathVariable long id, @PathVariable String questionId, Principal principal, Model model) {
		questionPage(id, questionId, principal.getName(), model);
		return "questionnaires/question";
	}

	private void questionPage(long id, String questionId, String username, Model model) {
		QuestionnaireView view = this.questionnaires.view(id, username);
		TemplateQuestion question = view.questions()
			.stream()
			.filter((q) -> q.getQuestionKey().equals(questionId))
			.findFirst()
			.orElseThrow(() -> new org.palermo.system.NotFoundException("question"));
		List<AnswerRevision> history = view.answersVisible() ? this.questionnaires.history(id, questionId, username)
				: List.of();
		model.addAttribute("view", view);
		model.addAttribute("question", question);
		model.addAttribute("history", history);
		model.addAttribute("diffs", TextDiff.successive(history));
		model.addAttribute("allowed", this.policy.allowed(username, view.review()));
		model.addAttribute("evidence", this.evidence.of(id, questionId, username));
		model.addAttribute("evidenceMaxMegabytes", this.evidence.maxMegabytes());
		model.addAttribute("comments", this.policy.may(username, org.palermo.cycle.ReviewAction.READ_COMMENTS, id)
				? CommentThread.of(this.questionnaires.comments(id, questionId, username)) : List.of());
		model.addAttribute("names", this.questionnaires.namesIn(id));
		model.addAttribute("organisationNames", this.questionnaires.organisationNames());
		model.addAttribute("consultations",
				this.questionnaires.consultations(id, username)
					.stream()
					.filter((c) -> c.questionKey().equals(questionId))
					.toList());
		model.addAttribute("organisations",
				this.policy.may(username, org.palermo.cycle.ReviewAction.CONSULT_CIVIL_SOCIETY, id)
						? this.questionnaires.organisations() : List.of());
		model.addAttribute("reusable",
				this.policy.may(username, org.palermo.cycle.ReviewAction.ANSWER_QUESTIONNAIRE, id)
						? this.questionnaires.reusableFrom(id, questionId, username) : List.of());
	}

	/**
	 * Attaches a file as evidence; a file refused (too large, not an accepted type) shows
	 * the question page again with the reason, nothing attached.
	 */
	@PostMapping("/reviews/{id}/questionnaire/questions/{questionId}/evidence")
	ModelAndView attach(@PathVariable long id, @PathVariable String questionId,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Principal principal,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			Evidence attached = this.evidence.attach(id, questionId, (file != null) ? file.getOriginalFilename() : null,
					content, principal.getName());
			redirect.addFlashAttribute("attached", attached.getFileName());
			return new ModelAndView("redirect:/reviews/" + id + "/questionnaire/questions/" + questionId + "#evidence");
		}
		catch (UserInputException ex) {
			ModelAndView page = new ModelAndView("questionnaires/question");
			org.springframework.ui.ExtendedModelMap model = new org.springframework.ui.ExtendedModelMap();
			questionPage(id, questionId, principal.getName(), model);
			page.addAllObjects(model);
			page.setStatus(HttpStatus.BAD_REQUEST);
			page.addObject("evidenceError", ex.getMessageKey());
			return page;
		}
	}

	@PostMapping("/reviews/{id}/questionnaire/evidence/{evidenceId}/remove")
	String removeEvidence(@PathVariable long id, @PathVariable long evidenceId, Principal principal,
			RedirectAttributes redirect) {
		Evidence removed = this.evidence.remove(id, evidenceId, principal.getName());
		redirect.addFlashAttribute("removed", removed.getFileName());
		return "redirect:/reviews/" + id + "/questionnaire/questions/" + removed.getQuestionKey() + "#evidence";
	}

	/**
	 * One evidence file: an attachment with nosniff, for those who may read the answers.
	 */
	@GetMapping("/reviews/{id}/questionnaire/evidence/{evidenceId}")
	org.springframework.http.ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long evidenceId,
			Principal principal) {
		return download(this.evidence.file(id, evidenceId, principal.getName()));
	}

	static org.springframework.http.ResponseEntity<byte[]> download(EvidenceService.EvidenceFile file) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.mediaType()))
			.header("Content-Disposition",
					org.springframework.http.ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "private, no-store")
			.body(file.content());
	}

	@PostMapping("/reviews/{id}/questionnaire/questions/{questionId}/comments")
	String comment(@PathVariable long id, @PathVariable String questionId, @RequestParam(required = false) Long parent,
			@RequestParam(defaultValue = "") String body, Principal principal) {
		this.questionnaires.comment(id, questionId, parent, body, principal.getName());
		return "redirect:/reviews/" + id + "/questionnaire/questions/" + questionId + "#comments";
	}

	@PostMapping("/reviews/{id}/questionnaire/comments/{commentId}/resolve")
	String resolve(@PathVariable long id, @PathVariable long commentId, Principal principal) {
		Comment comment = this.questionnaires.resolve(id, commentId, principal.getName());
		return "redirect:/reviews/" + id + "/questionnaire/questions/" + comment.getQuestionKey() + "#comments";
	}

	@PostMapping("/reviews/{id}/questionnaire/questions/{questionId}/reuse")
	String reuse(@PathVariable long id, @PathVariable String questionId, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long version, Principal principal) {
		this.questionnaires.reuse(id, questionId, from, version, principal.getName());
		return "redirect:/reviews/" + id + "/questionnaire/questions/" + questionId;
	}

	@PostMapping("/reviews/{id}/questionnaire/questions/{questionId}/consultations")
	String consult(@PathVariable long id, @PathVariable String questionId,
			@RequestParam(required = false) Long organisation, Principal principal) {
		this.questionnaires.consult(id, questionId, organisation, principal.getName());
		return "redirect:/reviews/" + id + "/questionnaire/questions/" + questionId + "#consultation";
	}

	/** A civil society organisation's page: the questions opened to it, and its input. */
	@GetMapping("/reviews/{id}/questionnaire/consultation")
	String consultation(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("consultation", this.questionnaires.consultationFor(id, principal.getName()));
		return "questionnaires/consultation";
	}

	@PostMapping("/reviews/{id}/questionnaire/consultation/{questionId}")
	String giveInput(@PathVariable long id, @PathVariable String questionId,
			@RequestParam(defaultValue = "") String body, Principal principal, RedirectAttributes redirect) {
		this.questionnaires.giveInput(id, questionId, body, principal.getName());
		redirect.addFlashAttribute("given", true);
		return "redirect:/reviews/" + id + "/questionnaire/consultation";
	}

	@PostMapping("/reviews/{id}/questionnaire/assignments")
	String assign(@PathVariable long id, @RequestParam(required = false) String section,
			@RequestParam(required = false) Long account, Principal principal, RedirectAttributes redirect) {
		this.questionnaires.assign(id, section, account, principal.getName());
		redirect.addFlashAttribute("assigned", true);
		return "redirect:/reviews/" + id + "/questionnaire#assignments";
	}

	@GetMapping("/reviews/{id}/questionnaire/submit")
	String confirmSubmit(@PathVariable long id, Principal principal, Model model) {
		QuestionnaireView view = this.questionnaires.view(id, principal.getName());
		if (!this.policy.may(principal.getName(), org.palermo.cycle.ReviewAction.CLEAR_QUESTIONNAIRE, id)) {
			throw new org.springframework.security.access.AccessDeniedException("submit");
		}
		model.addAttribute("view", view);
		return "questionnaires/submit";
	}

	@PostMapping("/reviews/{id}/questionnaire/submit")
	String submit(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.questionnaires.submit(id, principal.getName());
		redirect.addFlashAttribute("submitted", true);
		return "redirect:/reviews/" + id + "/questionnaire";
	}

	@PostMapping("/reviews/{id}/questionnaire/reopen")
	String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.questionnaires.reopen(id, reason, principal.getName());
			redirect.addFlashAttribute("reopened", true);
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/reviews/" + id + "/questionnaire";
	}

}
