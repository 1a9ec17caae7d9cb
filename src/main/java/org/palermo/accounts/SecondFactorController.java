package org.palermo.accounts;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of sign-in: a code from the authenticator app, or setting one up where
 * required.
 */
@Controller
class SecondFactorController {

	private static final String SETUP_SECRET = "palermo.totpSetupSecret";

	private final AccountService accounts;

	private final AccountUserDetailsService users;

	private final LoginThrottle throttle;

	private final SecurityEvents events;

	private final Clock clock;

	private final Passkeys passkeys;

	SecondFactorController(AccountService accounts, AccountUserDetailsService users, LoginThrottle throttle,
			SecurityEvents events, Clock clock, Passkeys passkeys) {
		this.accounts = accounts;
		this.passkeys = passkeys;
		this.users = users;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/login/totp")
	String codeForm(HttpServletRequest request, Model model) {
		PendingSignIn pending = PendingSignIn.of(request);
		if (pending == null || pending.setupRequired()) {
			return "redirect:/login";
		}
		addFactors(pending, model);
		return "accounts/totp-login";
	}

	/** Which second factors the pending person has: a code, a passkey, or both. */
	private void addFactors(PendingSignIn pending, Model model) {
		model.addAttribute("codeAccepted",
				this.accounts.find(pending.username()).map(Account::isTotpEnabled).orElse(false));
		model.addAttribute("passkeyAccepted", this.passkeys.exist(pending.username()));
	}

	@PostMapping("/login/totp")
	String verify(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		PendingSignIn pending = PendingSignIn.of(request);
		if (pending == null || pending.setupRequired() || AccountsSecurity.isPendingExpired(pending, this.clock)) {
			return "redirect:/login?expired";
		}
		String address = request.getRemoteAddr();
		Account account = this.accounts.find(pending.username()).orElse(null);
		if (account == null) {
			return "redirect:/login?expired";
		}
		if (this.throttle.isThrottled(account.getId(), address)) {
			this.events.record(SecurityEvents.SIGN_IN_THROTTLED, account, null, address, "second-factor");
			return "redirect:/login?throttled";
		}
		if (!account.isEnabled() || !this.accounts.verifySecondFactor(account, code, address)) {
			this.throttle.failed(account.getId(), address);
			this.events.record(SecurityEvents.SECOND_FACTOR_FAILED, account, null, address, null);
			model.addAttribute("error", true);
			addFactors(pending, model);
			return "accounts/totp-login";
		}
		this.throttle.succeeded(account.getId(), address);
		this.events.record(SecurityEvents.SECOND_FACTOR_SUCCEEDED, account, null, address, null);
		this.events.record(SecurityEvents.SIGN_IN_SUCCEEDED, account, null, address, "second-factor");
		return signIn(account, request, response);
	}

	@GetMapping("/login/totp-setup")
	String setupForm(HttpServletRequest request, Model model) {
		PendingSignIn pending = PendingSignIn.of(request);
		if (pending == null || !pending.setupRequired()) {
			return "redirect:/login";
		}
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(SETUP_SECRET);
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(SETUP_SECRET, secret);
		}
		model.addAttribute("secret", secret);
		model.addAttribute("uri", Totp.uri(secret, pending.username()));
		model.addAttribute("secretariat",
				this.accounts.find(pending.username()).map((a) -> a.getRole() == Role.SECRETARIAT).orElse(false));
		return "accounts/totp-setup";
	}

	@PostMapping("/login/totp-setup")
	String setup(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		PendingSignIn pending = PendingSignIn.of(request);
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(SETUP_SECRET);
		if (pending == null || !pending.setupRequired() || secret == null
				|| AccountsSecurity.isPendingExpired(pending, this.clock)) {
			return "redirect:/login?expired";
		}
		if (!this.accounts.confirmTotp(pending.username(), secret, code)) {
			model.addAttribute("secret", secret);
			model.addAttribute("uri", Totp.uri(secret, pending.username()));
			model.addAttribute("secretariat",
					this.accounts.find(pending.username()).map((a) -> a.getRole() == Role.SECRETARIAT).orElse(false));
			model.addAttribute("error", true);
			return "accounts/totp-setup";
		}
		session.removeAttribute(SETUP_SECRET);
		Account account = this.accounts.find(pending.username()).orElseThrow();
		this.events.record(SecurityEvents.SIGN_IN_SUCCEEDED, account, null, request.getRemoteAddr(),
				"second-factor-set-up");
		return signIn(account, request, response);
	}

	private String signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		AccountsSecurity.completeSignIn(request, response, AccountUserDetailsService.toUser(account));
		SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
		return "redirect:" + ((saved != null) ? saved.getRedirectUrl() : "/");
	}

}
