package org.palermo.drawing;

import java.security.Principal;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.system.NotFoundException;

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

	private final DrawingRequests requests;

	private final Clock clock;

	RedrawController(DrawingService drawings, CycleService cycle, ReviewPolicy policy, DrawingRequests requests,
			Clock clock) {
		this.requests = requests;
		this.clock = clock;
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
		DrawingRequests.RedrawTyped typed = new DrawingRequests.RedrawTyped(reviewer, reason);
		try {
			// The quick checks here, the engine's off the request thread.
			this.drawings.checkBeforeRedraw(id, reviewer, reason);
			DrawingRequests.Request request = this.requests.start(principal.getName(), id, typed,
					() -> this.drawings.requestRedraw(id, reviewer, reason));
			return "redirect:/reviews/" + id + "/redraw/requests/" + request.getToken();
		}
		catch (DrawingRefusedException ex) {
			return refused(id, ex, typed, principal, model);
		}
	}

	/**
	 * A redraw request under way: the page refreshes itself until the redraw is committed
	 * (then its page, waiting for the reveal) or refused (then the form, with the
	 * explanation and the reason as typed).
	 */
	@GetMapping("/reviews/{id}/redraw/requests/{token}")
	String progress(@PathVariable long id, @PathVariable String token, Principal principal, Model model,
			HttpServletResponse response) {
		if (!this.policy.may(principal.getName(), ReviewAction.ASK_REDRAW, id)) {
			throw new AccessDeniedException("review " + id);
		}
		DrawingRequests.Request request = this.requests.of(token, principal.getName(), id);
		if (request == null) {
			throw new NotFoundException("redraw request");
		}
		if (request.isRunning()) {
			response.setHeader("Refresh", "2");
			model.addAttribute("request", request);
			model.addAttribute("elapsed", request.elapsedSeconds(this.clock));
			model.addAttribute("percent", request.percentOfLimit(this.clock));
			model.addAttribute("back", "/reviews/" + id + "/redraw");
			model.addAttribute("self", "/reviews/" + id + "/redraw/requests/" + token);
			return "drawing/request";
		}
		if (request.getDrawingId() != null) {
			return "redirect:/drawings/" + request.getDrawingId();
		}
		return refused(id, request.getRefusal(), (DrawingRequests.RedrawTyped) request.getTyped(), principal, model);
	}

	private String refused(long id, DrawingRefusedException ex, DrawingRequests.RedrawTyped typed, Principal principal,
			Model model) {
		model.addAttribute("error", ex.getMessageKey());
		model.addAttribute("detail", ex.getDetail());
		model.addAttribute("explanations", ex.getExplanations());
		model.addAttribute("typed", typed);
		return form(id, principal, model);
	}

}
