package org.palermo.deskreview;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.reports.Report;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Long documents generated in the background: the form asks, a progress page follows
 * (refreshing itself without JavaScript, polling the status with it), and the file is
 * downloaded by the person who asked while they may still read the review.
 */
@Controller
class DocumentGenerationController {

	private final ReviewDocumentReports reports;

	private final DocumentGenerations generations;

	private final ReviewPolicy policy;

	DocumentGenerationController(ReviewDocumentReports reports, DocumentGenerations generations, ReviewPolicy policy) {
		this.reports = reports;
		this.generations = generations;
		this.policy = policy;
	}

	@PostMapping("/reviews/{id}/documents")
	String start(@PathVariable long id, @RequestParam(required = false) String document,
			@RequestParam(required = false) String format, @RequestParam(defaultValue = "en") String lang,
			Principal principal, RedirectAttributes redirect) {
		if (!this.policy.may(principal.getName(), ReviewAction.READ_OBSERVATIONS, id)) {
			throw new AccessDeniedException("review " + id);
		}
		String back = "summary".equals(document) ? "summary" : "observations";
		try {
			Report report = switch ((document != null) ? document : "") {
				case "observations" -> this.reports.list(id, lang, principal.getName());
				case "summary" -> this.reports.summary(id, lang, principal.getName());
				default -> throw new DeskReviewRefusedException("generation.error.format");
			};
			DocumentGenerations.Generation generation = this.generations.start(principal.getName(), id, report,
					(format != null) ? format : "");
			return "redirect:/reviews/" + id + "/documents/" + generation.getId();
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/reviews/" + id + "/" + back;
		}
	}

	@GetMapping("/reviews/{id}/documents/{generation}")
	String progress(@PathVariable long id, @PathVariable String generation, Principal principal, Model model) {
		DocumentGenerations.Generation found = find(id, generation, principal);
		model.addAttribute("generation", found);
		model.addAttribute("seconds", Duration.between(found.getStartedAt(), Instant.now()).toSeconds());
		if (!found.isDone()) {
			// Without JavaScript the page asks again (layout: a refresh inside noscript).
			model.addAttribute("refreshAfter", 2);
		}
		return "deskreview/generation";
	}

	@GetMapping("/reviews/{id}/documents/{generation}/status")
	@ResponseBody
	Map<String, Object> status(@PathVariable long id, @PathVariable String generation, Principal principal) {
		DocumentGenerations.Generation found = find(id, generation, principal);
		return Map.of("state", found.getState().name(), "ready", found.getState() == DocumentGenerations.State.READY,
				"download", "/reviews/" + id + "/documents/" + generation + "/file");
	}

	@GetMapping("/reviews/{id}/documents/{generation}/file")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String generation, Principal principal) {
		DocumentGenerations.Generation found = find(id, generation, principal);
		if (found.getState() != DocumentGenerations.State.READY) {
			throw new NotFoundException("generation");
		}
		return ResponseEntity.ok()
			.contentType(found.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(found.getFileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(found.bytes());
	}

	/**
	 * The person's generation, while they may still read the review's documents; anyone
	 * else's is not found.
	 */
	private DocumentGenerations.Generation find(long id, String generation, Principal principal) {
		String viewer = principal.getName();
		if (!this.policy.may(viewer, ReviewAction.READ_OBSERVATIONS, id)) {
			throw new AccessDeniedException("review " + id);
		}
		return this.generations.find(generation, viewer, id).orElseThrow(() -> new NotFoundException("generation"));
	}

}
