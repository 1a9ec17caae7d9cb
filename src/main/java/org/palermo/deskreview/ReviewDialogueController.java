package org.palermo.deskreview;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palermo.system.UserInputException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dialogue of a review: its page, and the same as JSON. */
@Controller
@Tag(name = "Desk review")
class ReviewDialogueController {

	private final ReviewDialogueService dialogue;

	ReviewDialogueController(ReviewDialogueService dialogue) {
		this.dialogue = dialogue;
	}

	@GetMapping("/reviews/{id}/dialogue")
	String page(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("view", this.dialogue.view(id, principal.getName()));
		return "deskreview/dialogue";
	}

	@PostMapping("/reviews/{id}/dialogue")
	String write(@PathVariable long id, @RequestParam(required = false) Long articleId,
			@RequestParam(required = false) Long threadId, @RequestParam(required = false) String body,
			Principal principal, RedirectAttributes redirect) {
		try {
			DialogueMessage message = this.dialogue.write(id, articleId, threadId, body, principal.getName());
			redirect.addFlashAttribute("saved", "dialogue.sent");
			return "redirect:/reviews/" + id + "/dialogue#message-" + message.getId();
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("typed", body);
			redirect.addFlashAttribute("typedThread", threadId);
			return "redirect:/reviews/" + id + "/dialogue";
		}
	}

	@GetMapping("/api/reviews/{id}/dialogue")
	@ResponseBody
	@Operation(summary = "The dialogue: threads per article, each an opening message and its replies")
	DeskReviewJson.DialogueJson json(@PathVariable long id, Principal principal) {
		return DeskReviewJson.DialogueJson.of(this.dialogue.view(id, principal.getName()));
	}

	@PostMapping("/api/reviews/{id}/dialogue")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Writes a message: {articleId, body} opens a thread, {threadId, body} replies; the other side is told")
	DeskReviewJson.MessageJson post(@PathVariable long id,
			@RequestBody(required = false) DeskReviewJson.MessageRequest request, Principal principal) {
		DeskReviewJson.MessageRequest r = (request != null) ? request
				: new DeskReviewJson.MessageRequest(null, null, null);
		return DeskReviewJson.MessageJson
			.of(this.dialogue.write(id, r.articleId(), r.threadId(), r.body(), principal.getName()));
	}

}
