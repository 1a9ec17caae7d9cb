package org.palermo.accounts;

import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An invited person follows the link in their mail and sets a password. */
@Controller
class InvitationController {

	private final AccountService accounts;

	InvitationController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/invitation/{token}")
	String form(@PathVariable String token, Model model) {
		Account account = this.accounts.invitedAccount(token).orElseThrow(() -> new NotFoundException("invitation"));
		model.addAttribute("account", account);
		model.addAttribute("token", token);
		return "accounts/invitation";
	}

	@PostMapping("/invitation/{token}")
	String accept(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation,
			Model model) {
		Account account = this.accounts.invitedAccount(token).orElseThrow(() -> new NotFoundException("invitation"));
		if (!password.equals(confirmation)) {
			return again(model, account, token, "account.error.passwordMismatch");
		}
		try {
			this.accounts.acceptInvitation(token, password);
		}
		catch (UserInputException ex) {
			return again(model, account, token, ex.getMessageKey());
		}
		return "redirect:/login?passwordSet";
	}

	private static String again(Model model, Account account, String token, String error) {
		model.addAttribute("account", account);
		model.addAttribute("token", token);
		model.addAttribute("error", error);
		return "accounts/invitation";
	}

}
