package org.palermo.drawing;

import java.security.Principal;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The focal point of the State under review asks for a redraw of one reviewer, at most
 * twice per review, with a reason; the review policy decides who may.
 */
@Controller
class RedrawController {

	private final DrawingService drawings;

	private final CycleService cycle;

	private final ReviewPolicy policy;

	RedrawController(DrawingService drawings, CycleService cycle, ReviewPolicy policy) {
		this.drawings = drawings;
		this.cycle = cycle;
		this.policy = policy;
	}

	@GetMapping("/reviews/{id}/redraw")
	String form(@PathVariable long id, Principal principal, Model model) {
		CountryReview review = this.cycle.review(id);
		if (!this.policy.may(principal.getName(), ReviewAction.ASK_REDRAW, id)) {
			throw new AccessDeniedException("review " + id);
		}
		model.addAttribute("review", review);
		model.addAttribute("redraws", this.drawings.redrawsOf(id));
		model.addAttribute("used", DrawingService.redrawsCounted(this.drawings.redrawsOf(id)));
		model.addAttribute("maxRedraws", DrawingService.MAX_REDRAWS);
		return "drawing/redraw";
	}

	@PostMapping("/reviews/{id}/redraw")
	String request(@PathVariable long id, @RequestParam(required = false) String reviewer,
			@RequestParam(required = false) String reason, Principal principal, Model model) {
		if (!this.policy.may(principal.getName(), ReviewAction.ASK_REDRAW, id)) {
			throw new AccessDeniedException("review " + id);
		}
		try {
			Drawing drawing = this.drawings.requestRedraw(id, reviewer, reason);
			return "redirect:/drawings/" + drawing.getId();
		}
		catch (DrawingRefusedException ex) {
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("detail", ex.getDetail());
			model.addAttribute("explanations", ex.getExplanations());
			return form(id, principal, model);
		}
	}

}
