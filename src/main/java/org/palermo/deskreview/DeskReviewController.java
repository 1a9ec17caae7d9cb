package org.palermo.deskreview;

import java.security.Principal;

import org.palermo.system.Languages;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk review's pages: written feedback and the list of observations of one review,
 * each action checked by the review policy in the services.
 */
@Controller
class DeskReviewController {

	private final FeedbackService feedback;

	private final ObservationService observations;

	DeskReviewController(FeedbackService feedback, ObservationService observations) {
		this.feedback = feedback;
		this.observations = observations;
	}

	@GetMapping("/reviews/{id}/feedback")
	String feedback(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("view", this.feedback.view(id, principal.getName()));
		return "deskreview/feedback";
	}

	@PostMapping("/reviews/{id}/feedback/{articleId}")
	String draft(@PathVariable long id, @PathVariable long articleId, FeedbackForm form, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.feedback.draft(id, articleId, form, principal.getName());
			redirect.addFlashAttribute("saved", "feedback.saved");
		}
		catch (UserInputException ex) {
			// The text typed comes back with the reason, nothing lost.
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("errorArticle", articleId);
			redirect.addFlashAttribute("typed", form);
		}
		return "redirect:/reviews/" + id + "/feedback#article-" + articleId;
	}

	@PostMapping("/reviews/{id}/feedback/send")
	String send(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			this.feedback.send(id, principal.getName());
			redirect.addFlashAttribute("saved", "feedback.sent");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/reviews/" + id + "/feedback";
	}

	@GetMapping("/reviews/{id}/observations")
	String observations(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("view", this.observations.view(id, principal.getName()));
		model.addAttribute("types", ObservationType.values());
		model.addAttribute("docLanguages", Languages.CODES);
		return "deskreview/observations";
	}

	@PostMapping("/reviews/{id}/observations")
	String add(@PathVariable long id, ObservationForm form, Principal principal, RedirectAttributes redirect) {
		try {
			ObservationItem item = this.observations.add(id, form, principal.getName());
			redirect.addFlashAttribute("saved", "observations.added");
			return "redirect:/reviews/" + id + "/observations#item-" + item.getId();
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("typed", form);
			return "redirect:/reviews/" + id + "/observations#add";
		}
	}

	@PostMapping("/reviews/{id}/observations/{itemId}")
	String change(@PathVariable long id, @PathVariable long itemId, ObservationForm form, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.observations.change(id, itemId, form, principal.getName());
			redirect.addFlashAttribute("saved", "observations.changed");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("errorItem", itemId);
			redirect.addFlashAttribute("typed", form);
		}
		return "redirect:/reviews/" + id + "/observations#item-" + itemId;
	}

	@PostMapping("/reviews/{id}/observations/{itemId}/remove")
	String remove(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long version,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.observations.remove(id, itemId, version, principal.getName());
			redirect.addFlashAttribute("saved", "observations.removed");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/reviews/" + id + "/observations";
	}

	@PostMapping("/reviews/{id}/observations/{itemId}/clearance")
	String clear(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Integer revision,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.observations.clear(id, itemId, revision, principal.getName());
			redirect.addFlashAttribute("saved", "observations.cleared");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/reviews/" + id + "/observations#item-" + itemId;
	}

	@PostMapping("/reviews/{id}/observations/{itemId}/comments")
	String comment(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String body,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.observations.comment(id, itemId, body, principal.getName());
			redirect.addFlashAttribute("saved", "observations.commented");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("errorItem", itemId);
			redirect.addFlashAttribute("typedComment", body);
		}
		return "redirect:/reviews/" + id + "/observations#item-" + itemId;
	}

}
