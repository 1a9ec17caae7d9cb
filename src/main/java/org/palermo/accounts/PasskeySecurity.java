package org.palermo.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.palermo.system.HttpSecurityContribution;
import org.palermo.system.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Passkeys in the filter chain: Spring Security's WebAuthn endpoints
 * ({@code /webauthn/register/options}, {@code /webauthn/register},
 * {@code /webauthn/authenticate/options}, {@code /login/webauthn}) with Palermo's relying
 * party, a sign-in that completes like the second factor does (new session id, event,
 * disabled accounts refused), and refused ceremonies answered as problems, never a 500.
 */
@Component
class PasskeySecurity implements HttpSecurityContribution {

	private final AccountService accounts;

	private final SecurityEvents events;

	private final RelyingParty relyingParty;

	private final Problems problems;

	private final Clock clock;

	PasskeySecurity(AccountService accounts, SecurityEvents events, RelyingParty relyingParty, Problems problems,
			Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.events = events;
		this.relyingParty = relyingParty;
		this.problems = problems;
	}

	/** Until when (epoch milliseconds) this session may register a passkey. */
	static final String REGISTRATION_ALLOWED_UNTIL = "palermo.passkeyRegistrationAllowedUntil";

	private static final Duration REGISTRATION_WINDOW = Duration.ofMinutes(5);

	static void allowRegistration(HttpSession session, Clock clock) {
		session.setAttribute(REGISTRATION_ALLOWED_UNTIL, clock.millis() + REGISTRATION_WINDOW.toMillis());
	}

	static void registrationDone(HttpSession session) {
		session.removeAttribute(REGISTRATION_ALLOWED_UNTIL);
	}

	private boolean mayRegister(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(REGISTRATION_ALLOWED_UNTIL) instanceof Long until
				&& this.clock.millis() <= until;
	}

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.webAuthn((webauthn) -> webauthn.rpId(this.relyingParty.id())
			.rpName(this.relyingParty.name())
			.allowedOrigins(this.relyingParty.origins())
			.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {

				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationSuccessHandler(successHandler());
					filter.setAuthenticationFailureHandler(failureHandler());
					return filter;
				}

			}));
		http.addFilterBefore(new RegistrationGuardFilter(), AuthorizationFilter.class);
	}

	private AuthenticationSuccessHandler successHandler() {
		HttpMessageConverterAuthenticationSuccessHandler answer = new HttpMessageConverterAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			String address = request.getRemoteAddr();
			Account account = this.accounts.find(authentication.getName()).orElse(null);
			if (account == null || !account.isEnabled()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				this.events.record(SecurityEvents.SIGN_IN_FAILED, account, authentication.getName(), address,
						"passkey");
				this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.passkey.signIn");
				return;
			}
			// The passkey verified its user: it is both factors, so no code is asked.
			AccountsSecurity.completeSignIn(request, response, AccountUserDetailsService.toUser(account));
			this.events.record(SecurityEvents.SIGN_IN_SUCCEEDED, account, null, address, "passkey");
			answer.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
		};
	}

	private AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			this.events.record(SecurityEvents.SIGN_IN_FAILED, null, null, request.getRemoteAddr(), "passkey");
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.passkey.signIn");
		};
	}

	/**
	 * A signed-in person registers a passkey only within minutes of giving their password
	 * again (a stolen session cannot add a lasting way in); a registration the relying
	 * party refuses (a bad attestation, a label too long, a credential already known) is
	 * a 400 problem, not a server error.
	 */
	private final class RegistrationGuardFilter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return !path.startsWith("/webauthn/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			boolean signedIn = authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken);
			if (signedIn && "POST".equals(request.getMethod())
					&& ("/webauthn/register/options".equals(path) || "/webauthn/register".equals(path))
					&& !mayRegister(request)) {
				PasskeySecurity.this.problems.write(request, response, HttpStatus.FORBIDDEN, "problem.passkey.confirm");
				return;
			}
			try {
				chain.doFilter(request, response);
			}
			catch (AccessDeniedException | AuthenticationException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				if (response.isCommitted()) {
					throw ex;
				}
				response.reset();
				PasskeySecurity.this.problems.write(request, response, HttpStatus.BAD_REQUEST,
						"problem.passkey.refused");
			}
		}

	}

}
