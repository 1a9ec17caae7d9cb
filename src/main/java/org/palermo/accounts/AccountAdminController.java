package org.palermo.accounts;

import java.security.Principal;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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

/**
 * The secretariat's screens for people: invite, edit, re-send or cancel an invitation,
 * disable, enable; and the security events of every account.
 */
@Controller
class AccountAdminController {

	private final AccountService accounts;

	private final SecurityEvents events;

	private final PartyService parties;

	private final OrganisationDirectory organisations;

	private final Passkeys passkeys;

	private final Clock clock;

	AccountAdminController(AccountService accounts, SecurityEvents events, PartyService parties,
			OrganisationDirectory organisations, Passkeys passkeys, Clock clock) {
		this.accounts = accounts;
		this.passkeys = passkeys;
		this.clock = clock;
		this.events = events;
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

	/**
	 * Ends every session of a person without disabling the account (a lost or shared
	 * device): their next request asks them to sign in again.
	 */
	@PostMapping("/admin/accounts/{id}/sessions/end")
	String endSessions(@PathVariable long id, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		Account account = this.accounts.endSessions(id, request.getRemoteAddr());
		if (account.getUsername().equals(principal.getName())) {
			// The secretariat ending their own other sessions keeps this one.
			AccountsSecurity.markSignedIn(request, this.clock);
		}
		redirect.addFlashAttribute("message", "accounts.sessions.ended");
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/admin/accounts/{id}")
	String edit(@PathVariable long id, Model model) {
		Account account = this.accounts.account(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForm.of(account));
		}
		return editPage(account, model);
	}

	@PostMapping("/admin/accounts/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") AccountForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Account account = this.accounts.account(id);
		if (errors.hasErrors()) {
			return editPage(account, model);
		}
		try {
			boolean mailed = this.accounts.updateProfile(id, version, form);
			redirect.addFlashAttribute("message", mailed ? "accounts.updated.emailPending" : "accounts.updated");
		}
		catch (UserInputException ex) {
			model.addAttribute("error", ex.getMessageKey());
			return editPage(account, model);
		}
		catch (ConcurrentEditException ex) {
			model.addAttribute("error", "problem.409.detail");
			return editPage(account, model);
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/invitation")
	String resendInvitation(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.accounts.resendInvitation(id);
			redirect.addFlashAttribute("message", "accounts.invitation.resent");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/invitation/cancel")
	String cancelInvitation(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.accounts.cancelInvitation(id, version);
			redirect.addFlashAttribute("message", "accounts.invitation.cancelled");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("error", "problem.409.detail");
		}
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/admin/security-events")
	String securityEvents(@RequestParam(defaultValue = "0") String page, Model model) {
		int number = (page.matches("\\d{1,5}")) ? Integer.parseInt(page) : 0;
		model.addAttribute("events", this.events.latest(number));
		return "accounts/security-events";
	}

	private String editPage(Account account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("tokens", this.accounts.tokensOf(account));
		model.addAttribute("passkeys", this.passkeys.of(account.getUsername()));
		model.addAttribute("events", this.events.of(account));
		model.addAttribute("roles", Role.values());
		model.addAttribute("parties", this.parties.find(null, null));
		model.addAttribute("organisations", this.organisations.choices());
		model.addAttribute("languageCodes", org.palermo.system.Languages.CODES);
		return "accounts/edit";
	}

	private String page(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("parties", this.parties.find(null, null));
		model.addAttribute("organisations", this.organisations.choices());
		model.addAttribute("languageCodes", org.palermo.system.Languages.CODES);
		return "accounts/admin";
	}

}
