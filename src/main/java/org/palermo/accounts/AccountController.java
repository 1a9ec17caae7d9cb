package org.palermo.accounts;

import java.security.Principal;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's own account: password, second factor and recovery codes, personal
 * access tokens, and the latest security events.
 */
@Controller
class AccountController {

	private static final String ENROLMENT_SECRET = "palermo.totpEnrolmentSecret";

	private final AccountService accounts;

	private final SecurityEvents events;

	private final Clock clock;

	private final Passkeys passkeys;

	private final LoginThrottle throttle;

	AccountController(AccountService accounts, SecurityEvents events, Clock clock, Passkeys passkeys,
			LoginThrottle throttle) {
		this.accounts = accounts;
		this.passkeys = passkeys;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/account")
	String show(Principal principal, Model model) {
		Account account = this.accounts.find(principal.getName()).orElseThrow(() -> new NotFoundException("account"));
		model.addAttribute("account", account);
		model.addAttribute("tokens", this.accounts.tokensOf(account));
		model.addAttribute("scopes", TokenScope.values());
		model.addAttribute("defaultDays", AccountService.DEFAULT_TOKEN_DAYS);
		model.addAttribute("maxDays", AccountService.MAX_TOKEN_DAYS);
		model.addAttribute("unusedRecoveryCodes", this.accounts.unusedRecoveryCodes(account.getUsername()));
		model.addAttribute("events", this.events.of(account));
		model.addAttribute("passkeys", this.passkeys.of(account.getUsername()));
		model.addAttribute("passkeyLabelMax", Passkeys.MAX_LABEL);
		model.addAttribute("languageCodes", org.palermo.system.Languages.CODES);
		return "accounts/show";
	}

	@PostMapping("/account/language")
	String changeLanguage(@RequestParam(required = false) String language, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.accounts.changePreferredLanguage(principal.getName(), language);
			redirect.addFlashAttribute("message", "notifications.language.saved");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/account";
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
		model.addAttribute("replacing",
				this.accounts.find(principal.getName()).map(Account::isTotpEnabled).orElse(false));
		return "accounts/totp-enrol";
	}

	@PostMapping("/account/totp")
	String enableTotp(@RequestParam String code, @RequestParam(required = false) String currentCode,
			Principal principal, HttpSession session, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		boolean replacing = this.accounts.find(principal.getName()).map(Account::isTotpEnabled).orElse(false);
		boolean done = secret != null && (replacing
				? this.accounts.changeTotp(principal.getName(), currentCode, secret, code, request.getRemoteAddr())
				: this.accounts.confirmTotp(principal.getName(), secret, code));
		if (!done) {
			model.addAttribute("error", true);
			return totpForm(principal, session, model);
		}
		session.removeAttribute(ENROLMENT_SECRET);
		AccountsSecurity.markSignedIn(request, this.clock);
		redirect.addFlashAttribute("message", "account.totp.enabled");
		redirect.addFlashAttribute("recoveryCodes", this.accounts.newRecoveryCodes(principal.getName()));
		return "redirect:/account";
	}

	@PostMapping("/account/totp/disable")
	String disableTotp(@RequestParam String code, Principal principal, RedirectAttributes redirect) {
		boolean done = this.accounts.disableTotp(principal.getName(), code);
		redirect.addFlashAttribute(done ? "message" : "error",
				done ? "account.totp.disabled" : "account.totp.wrongCode");
		return "redirect:/account";
	}

	@PostMapping("/account/recovery-codes")
	String newRecoveryCodes(@RequestParam String code, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		Account account = this.accounts.find(principal.getName()).orElseThrow(() -> new NotFoundException("account"));
		if (!this.accounts.verifySecondFactor(account, code, request.getRemoteAddr())) {
			redirect.addFlashAttribute("error", "account.totp.wrongCode");
			return "redirect:/account";
		}
		redirect.addFlashAttribute("recoveryCodes", this.accounts.newRecoveryCodes(principal.getName()));
		return "redirect:/account";
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(required = false) String current,
			@RequestParam(required = false) String password, @RequestParam(required = false) String confirmation,
			Principal principal, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (password == null || !password.equals(confirmation)) {
			model.addAttribute("error", "account.error.passwordMismatch");
			return "accounts/password";
		}
		try {
			this.accounts.changePassword(principal.getName(), current, password, request.getRemoteAddr());
			// This session stays; the person's other sessions end.
			AccountsSecurity.markSignedIn(request, this.clock);
		}
		catch (UserInputException ex) {
			model.addAttribute("error", ex.getMessageKey());
			return "accounts/password";
		}
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam(required = false) String name, @RequestParam(defaultValue = "READ") String scope,
			@RequestParam(defaultValue = "" + AccountService.DEFAULT_TOKEN_DAYS) String days, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", this.accounts.createToken(principal.getName(), name, scopeOf(scope),
					daysOf(days), request.getRemoteAddr()));
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/account";
	}

	private static TokenScope scopeOf(String value) {
		for (TokenScope scope : TokenScope.values()) {
			if (scope.name().equals(value)) {
				return scope;
			}
		}
		throw new UserInputException("token.error.scope");
	}

	private static int daysOf(String value) {
		if (value == null || !value.trim().matches("\\d{1,4}")) {
			throw new UserInputException("token.error.days");
		}
		return Integer.parseInt(value.trim());
	}

	/**
	 * The person gives their password again before registering a passkey (a new way in):
	 * for five minutes this session may then register one. Wrong passwords count towards
	 * the sign-in throttle.
	 */
	@PostMapping("/account/passkeys/confirm")
	ResponseEntity<Void> confirmBeforePasskey(@RequestParam(required = false) String password, Principal principal,
			HttpServletRequest request) {
		Account account = this.accounts.find(principal.getName()).orElseThrow(() -> new NotFoundException("account"));
		String address = request.getRemoteAddr();
		if (this.throttle.isThrottled(account.getId(), address)) {
			this.events.record(SecurityEvents.SIGN_IN_THROTTLED, account, null, address, "passkey-confirmation");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
		}
		if (!this.accounts.isCurrentPassword(account.getUsername(), password)) {
			this.throttle.failed(account.getId(), address);
			this.events.record(SecurityEvents.SIGN_IN_FAILED, account, null, address, "passkey-confirmation");
			return ResponseEntity.badRequest().build();
		}
		PasskeySecurity.allowRegistration(request.getSession(), this.clock);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Removes one of the person's passkeys (registering one happens through Spring
	 * Security's {@code /webauthn/register}, from the script on this page).
	 */
	@PostMapping("/account/passkeys/{id}/delete")
	String removePasskey(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		this.passkeys.remove(principal.getName(), id);
		redirect.addFlashAttribute("message", "passkey.removed");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.accounts.revokeToken(principal.getName(), id);
		redirect.addFlashAttribute("message", "token.revoked");
		return "redirect:/account";
	}

}
