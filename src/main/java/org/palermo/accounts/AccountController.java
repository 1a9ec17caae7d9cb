package org.palermo.accounts;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;

import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's own account: second factor and personal access tokens. */
@Controller
class AccountController {

	private static final String ENROLMENT_SECRET = "palermo.totpEnrolmentSecret";

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account")
	String show(Principal principal, Model model) {
		model.addAttribute("account",
				this.accounts.find(principal.getName()).orElseThrow(() -> new NotFoundException("account")));
		model.addAttribute("tokens", this.accounts.tokensOf(principal.getName()));
		return "accounts/show";
	}

	@GetMapping("/account/totp")
	String totpForm(Principal principal, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(ENROLMENT_SECRET, secret);
		}
		model.addAttribute("secret", secret);
		model.addAttribute("uri", Totp.uri(secret, principal.getName()));
		return "accounts/totp-enrol";
	}

	@PostMapping("/account/totp")
	String enableTotp(@RequestParam String code, Principal principal, HttpSession session, Model model,
			RedirectAttributes redirect) {
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null || !this.accounts.confirmTotp(principal.getName(), secret, code)) {
			model.addAttribute("error", true);
			return totpForm(principal, session, model);
		}
		session.removeAttribute(ENROLMENT_SECRET);
		redirect.addFlashAttribute("message", "account.totp.enabled");
		return "redirect:/account";
	}

	@PostMapping("/account/totp/disable")
	String disableTotp(@RequestParam String code, Principal principal, RedirectAttributes redirect) {
		boolean done = this.accounts.disableTotp(principal.getName(), code);
		redirect.addFlashAttribute(done ? "message" : "error",
				done ? "account.totp.disabled" : "account.totp.wrongCode");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam String name, Principal principal, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", this.accounts.createToken(principal.getName(), name));
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.accounts.revokeToken(principal.getName(), id);
		redirect.addFlashAttribute("message", "token.revoked");
		return "redirect:/account";
	}

}
