package org.palermo.accounts;

import java.security.Principal;

import jakarta.validation.Valid;

import org.palermo.civilsociety.OrganisationService;
import org.palermo.parties.PartyService;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's screens for people: invite, disable, enable. */
@Controller
class AccountAdminController {

	private final AccountService accounts;

	private final PartyService parties;

	private final OrganisationService organisations;

	AccountAdminController(AccountService accounts, PartyService parties, OrganisationService organisations) {
		this.accounts = accounts;
		this.parties = parties;
		this.organisations = organisations;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InvitationForm.empty());
		}
		return page(model);
	}

	@PostMapping("/admin/accounts")
	String invite(@Valid @ModelAttribute("form") InvitationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(model);
		}
		try {
			this.accounts.invite(form);
		}
		catch (UserInputException ex) {
			model.addAttribute("error", ex.getMessageKey());
			return page(model);
		}
		redirect.addFlashAttribute("invited", form.username());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@PathVariable long id, @RequestParam long version, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.accounts.disable(id, version, principal.getName());
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("error", "problem.409.detail");
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.accounts.enable(id, version);
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("error", "problem.409.detail");
		}
		return "redirect:/admin/accounts";
	}

	private String page(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("parties", this.parties.find(null, null));
		model.addAttribute("organisations", this.organisations.all());
		return "accounts/admin";
	}

}
