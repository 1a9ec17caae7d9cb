package org.palermo.drawing;

import java.security.Principal;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The focal point of a State under review asks for a redraw of one reviewer, at most
 * twice per review.
 */
@Controller
class RedrawController {

	private final DrawingService drawings;

	private final CycleService cycle;

	private final AccountService accounts;

	RedrawController(DrawingService drawings, CycleService cycle, AccountService accounts) {
		this.drawings = drawings;
		this.cycle = cycle;
		this.accounts = accounts;
	}

	@GetMapping("/reviews/{id}/redraw")
	String form(@PathVariable long id, Principal principal, Model model) {
		CountryReview review = this.cycle.review(id);
		model.addAttribute("review", review);
		model.addAttribute("redraws", this.drawings.redrawsOf(id));
		model.addAttribute("maxRedraws", DrawingService.MAX_REDRAWS);
		model.addAttribute("mine", review.getStateUnderReview().equals(partyOf(principal)));
		return "drawing/redraw";
	}

	@PostMapping("/reviews/{id}/redraw")
	String request(@PathVariable long id, @RequestParam String reviewer, Principal principal, Model model) {
		try {
			Drawing drawing = this.drawings.requestRedraw(id, reviewer, partyOf(principal));
			return "redirect:/drawings/" + drawing.getId();
		}
		catch (DrawingRefusedException ex) {
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("detail", ex.getDetail());
			model.addAttribute("explanations", ex.getExplanations());
			return form(id, principal, model);
		}
	}

	private String partyOf(Principal principal) {
		return this.accounts.find(principal.getName()).map(Account::getPartyCode).orElse(null);
	}

}
