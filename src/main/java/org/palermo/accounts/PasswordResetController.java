package org.palermo.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password: a link by mail (one use, one hour), the same answer whether or
 * not the address belongs to anyone; and the confirmation of a new e-mail address.
 */
@Controller
class PasswordResetController {

	private final AccountService accounts;

	PasswordResetController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login/reset")
	String requestForm() {
		return "accounts/reset-request";
	}

	@PostMapping("/login/reset")
	String request(@RequestParam(required = false) String email, HttpServletRequest request, Model model) {
		this.accounts.requestPasswordReset(email, request.getRemoteAddr());
		model.addAttribute("sent", true);
		return "accounts/reset-request";
	}

	@GetMapping("/login/reset/{token}")
	String form(@PathVariable String token, Model model) {
		if (this.accounts.resetAccount(token).isEmpty()) {
			model.addAttribute("invalid", true);
			return "accounts/reset-request";
		}
		model.addAttribute("token", token);
		return "accounts/reset";
	}

	@PostMapping("/login/reset/{token}")
	String reset(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String confirmation, HttpServletRequest request, Model model) {
		if (this.accounts.resetAccount(token).isEmpty()) {
			model.addAttribute("invalid", true);
			return "accounts/reset-request";
		}
		model.addAttribute("token", token);
		if (password == null || !password.equals(confirmation)) {
			model.addAttribute("error", "account.error.passwordMismatch");
			return "accounts/reset";
		}
		try {
			this.accounts.resetPassword(token, password, request.getRemoteAddr());
		}
		catch (UserInputException ex) {
			model.addAttribute("error", ex.getMessageKey());
			return "accounts/reset";
		}
		return "redirect:/login?passwordSet";
	}

	/** A page with a button: mail scanners that open links must not confirm anything. */
	@GetMapping("/email-confirmation/{token}")
	String confirmEmailForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "accounts/email-confirmation";
	}

	@PostMapping("/email-confirmation/{token}")
	String confirmEmail(@PathVariable String token, Model model) {
		model.addAttribute("confirmed", this.accounts.confirmEmail(token));
		return "accounts/email-confirmation";
	}

}
