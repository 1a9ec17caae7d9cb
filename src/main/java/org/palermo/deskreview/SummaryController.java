package org.palermo.deskreview;

import java.io.IOException;
import java.security.Principal;

import org.palermo.cycle.ReviewDocument;
import org.palermo.system.Languages;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The summary of a review, its translations, and the publication of its documents. */
@Controller
class SummaryController {

	private final SummaryService summaries;

	private final PublicationService publications;

	SummaryController(SummaryService summaries, PublicationService publications) {
		this.summaries = summaries;
		this.publications = publications;
	}

	@GetMapping("/reviews/{id}/summary")
	String summary(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("view", this.summaries.view(id, principal.getName()));
		model.addAttribute("languages", Languages.CODES);
		model.addAttribute("docLanguages", Languages.CODES);
		return "deskreview/summary";
	}

	@PostMapping("/reviews/{id}/summary/from-list")
	String fromList(@PathVariable long id, @RequestParam(required = false) String language, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.summaries.startFromList(id, language, principal.getName());
			redirect.addFlashAttribute("saved", "summary.started");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/reviews/" + id + "/summary";
	}

	@PostMapping("/reviews/{id}/summary")
	String save(@PathVariable long id, SummaryForm form, Principal principal, RedirectAttributes redirect) {
		try {
			this.summaries.save(id, form, principal.getName());
			redirect.addFlashAttribute("saved", "summary.saved");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("typed", form.body());
		}
		return "redirect:/reviews/" + id + "/summary";
	}

	@PostMapping("/reviews/{id}/summary/clearance")
	String clear(@PathVariable long id, @RequestParam(required = false) Integer revision, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.summaries.clear(id, revision, principal.getName());
			redirect.addFlashAttribute("saved", "summary.cleared");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/reviews/" + id + "/summary";
	}

	@PostMapping("/reviews/{id}/summary/translations/{language}")
	String translate(@PathVariable long id, @PathVariable String language, TranslationForm form, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.summaries.translate(id, language, form, principal.getName());
			redirect.addFlashAttribute("saved", "summary.translated");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("typedLanguage", language);
			redirect.addFlashAttribute("typed", form.body());
		}
		return "redirect:/reviews/" + id + "/summary#translation-" + language;
	}

	@PostMapping("/reviews/{id}/summary/translations/{language}/file")
	String upload(@PathVariable long id, @PathVariable String language,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long version,
			Principal principal, RedirectAttributes redirect) throws IOException {
		try {
			if (file != null && file.getSize() > TranslationFile.MAX_BYTES) {
				throw new DeskReviewRefusedException("summary.error.upload.size");
			}
			this.summaries.translateFromFile(id, language, (file != null) ? file.getBytes() : null,
					(file != null) ? file.getOriginalFilename() : null, version, principal.getName());
			redirect.addFlashAttribute("saved", "summary.translationUploaded");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("errorLanguage", language);
		}
		return "redirect:/reviews/" + id + "/summary#translation-" + language;
	}

	@GetMapping("/reviews/{id}/publication")
	String publication(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("view", this.publications.view(id, principal.getName()));
		return "deskreview/publication";
	}

	@PostMapping("/reviews/{id}/publication/{document}")
	String decide(@PathVariable long id, @PathVariable ReviewDocument document,
			@RequestParam(defaultValue = "false") boolean publish, @RequestParam(required = false) Long version,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.publications.decide(id, document, publish, version, principal.getName());
			redirect.addFlashAttribute("saved", publish ? "publication.published" : "publication.withdrawn");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/reviews/" + id + "/publication";
	}

}
