package org.palermo.cycle;

import java.security.Principal;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.OrganisationDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every signed-in person's own page: their reviews and what awaits them. */
@Controller
class MyWorkController {

	private final WorkService work;

	private final AccountService accounts;

	private final OrganisationDirectory organisations;

	MyWorkController(WorkService work, AccountService accounts, OrganisationDirectory organisations) {
		this.work = work;
		this.accounts = accounts;
		this.organisations = organisations;
	}

	@GetMapping("/my-work")
	String show(Principal principal, Model model) {
		Account account = this.accounts.find(principal.getName()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("work", this.work.of(account.getUsername()));
		model.addAttribute("organisation", this.organisations.find(account.getOrganisationId()).orElse(null));
		return "cycle/my-work";
	}

}
