package org.palermo.cycle;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;

import org.palermo.parties.PartyNames;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a State's focal point (or the secretariat) decides what its public page shows.
 */
@Controller
class TransparencyController {

	private final TransparencyService transparency;

	private final PartyNames names;

	TransparencyController(TransparencyService transparency, PartyNames names) {
		this.transparency = transparency;
		this.names = names;
	}

	@GetMapping("/states/{code}/transparency")
	String page(@PathVariable String code, Principal principal, Locale locale, Model model) {
		String party = code.toUpperCase(Locale.ROOT);
		TransparencyService.Current current = this.transparency.current(principal.getName(), party);
		model.addAttribute("form", new TransparencyForm(current.showContact(), current.contactName(),
				current.contactEmail(), current.version()));
		return page(party, current, locale, model);
	}

	@PostMapping("/states/{code}/transparency")
	String decide(@PathVariable String code, @Valid @ModelAttribute("form") TransparencyForm form, BindingResult errors,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		String party = code.toUpperCase(Locale.ROOT);
		if (errors.hasErrors()) {
			return page(party, this.transparency.current(principal.getName(), party), locale, model);
		}
		this.transparency.decide(principal.getName(), party, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/states/" + party + "/transparency";
	}

	private String page(String party, TransparencyService.Current current, Locale locale, Model model) {
		model.addAttribute("code", party);
		model.addAttribute("stateName", this.names.name(party, locale));
		model.addAttribute("defaults", current.defaults());
		return "cycle/transparency";
	}

}
