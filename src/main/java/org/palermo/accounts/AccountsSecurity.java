package org.palermo.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.palermo.system.HttpSecurityContribution;
import org.palermo.system.Problems;
import org.palermo.system.SecuritySettings;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The accounts module's part of the filter chain: form sign-in at {@code /login} with
 * throttling and a second factor, personal access tokens as
 * {@code Authorization: Bearer}, and sessions that end when their account is disabled.
 */
@Component
class AccountsSecurity implements HttpSecurityContribution {

	private final AccountService accounts;

	private final LoginThrottle throttle;

	private final SecurityEvents events;

	private final SecuritySettings settings;

	private final Problems problems;

	private final Clock clock;

	private final Passkeys passkeys;

	AccountsSecurity(AccountService accounts, LoginThrottle throttle, SecurityEvents events, SecuritySettings settings,
			Problems problems, Clock clock, Passkeys passkeys) {
		this.accounts = accounts;
		this.passkeys = passkeys;
		this.throttle = throttle;
		this.events = events;
		this.settings = settings;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("username")
			.passwordParameter("password")
			.successHandler(successHandler())
			.failureHandler(failureHandler())
			.permitAll());
		http.addFilterBefore(new ThrottleFilter(), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new BearerTokenFilter(), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new DisabledAccountFilter(), UsernamePasswordAuthenticationFilter.class);
	}

	private AuthenticationSuccessHandler successHandler() {
		SavedRequestAwareAuthenticationSuccessHandler proceed = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			Account account = this.accounts.find(authentication.getName()).orElseThrow();
			this.throttle.succeeded(account.getId(), request.getRemoteAddr());
			boolean required = this.settings.requireSecondFactorForEveryone()
					|| (this.settings.requireTotpForSecretariat() && account.getRole() == Role.SECRETARIAT);
			// A passkey stands in for the authenticator where a second factor is due.
			boolean passkey = required && !account.isTotpEnabled() && this.passkeys.exist(account.getUsername());
			boolean setupRequired = required && !account.isTotpEnabled() && !passkey;
			if (account.isTotpEnabled() || setupRequired || passkey) {
				// Password alone is not enough: the person stays anonymous until the
				// second factor.
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession();
				session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
				session.setAttribute(PendingSignIn.ATTRIBUTE,
						new PendingSignIn(account.getUsername(), setupRequired, this.clock.millis()));
				response.sendRedirect(request.getContextPath() + (setupRequired ? "/login/totp-setup" : "/login/totp"));
				return;
			}
			this.events.record(SecurityEvents.SIGN_IN_SUCCEEDED, account, null, request.getRemoteAddr(), "password");
			markSignedIn(request, this.clock);
			proceed.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String typed = request.getParameter("username");
			Long accountId = this.throttle.accountIdOf(typed);
			this.throttle.failed(accountId, request.getRemoteAddr());
			this.events.record(SecurityEvents.SIGN_IN_FAILED,
					(accountId != null) ? this.accounts.account(accountId) : null, typed, request.getRemoteAddr(),
					"password");
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	/**
	 * Completes a sign-in after the second factor: a new session id and the full
	 * authentication.
	 */
	static void completeSignIn(HttpServletRequest request, HttpServletResponse response, UserDetails user) {
		request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
		request.changeSessionId();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		markSignedIn(request, Clock.systemUTC());
	}

	static final String SIGNED_IN_AT = "palermo.signedInAt";

	/**
	 * When this session signed in (or last changed the person's credentials itself): a
	 * session older than the account's last password or second-factor change ends.
	 */
	static void markSignedIn(HttpServletRequest request, Clock clock) {
		request.getSession().setAttribute(SIGNED_IN_AT, clock.millis());
	}

	static boolean isPendingExpired(PendingSignIn pending, Clock clock) {
		return clock.millis() - pending.since() > Duration.ofMinutes(10).toMillis();
	}

	/**
	 * Refuses sign-in attempts for a user name from an address that failed too often
	 * lately.
	 */
	private final class ThrottleFilter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod())
					&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String typed = request.getParameter("username");
			LoginThrottle throttle = AccountsSecurity.this.throttle;
			Long accountId = throttle.accountIdOf(typed);
			if (throttle.isThrottled(accountId, request.getRemoteAddr())) {
				AccountsSecurity.this.events.record(SecurityEvents.SIGN_IN_THROTTLED,
						(accountId != null) ? AccountsSecurity.this.accounts.account(accountId) : null, typed,
						request.getRemoteAddr(), "password");
				response.sendRedirect(request.getContextPath() + "/login?throttled");
				return;
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * Authenticates API clients by personal access token, for this request only and only
	 * on {@code /api/**}: a token never reaches the account, sign-in or admin pages, so
	 * it can never make another token or a session. A read token only reads.
	 */
	private final class BearerTokenFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				chain.doFilter(request, response);
				return;
			}
			Problems problems = AccountsSecurity.this.problems;
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!path.startsWith("/api/")) {
				problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.token.apiOnly");
				return;
			}
			AccountService.TokenHolder holder = AccountsSecurity.this.accounts
				.authenticateToken(header.substring(7).trim())
				.orElse(null);
			if (holder == null) {
				AccountsSecurity.this.events.record(SecurityEvents.TOKEN_REFUSED, null, null, request.getRemoteAddr(),
						null);
				problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.token.invalid");
				return;
			}
			if (!holder.scope().allows(request.getMethod())) {
				problems.write(request, response, HttpStatus.FORBIDDEN, "problem.token.scope");
				return;
			}
			Account account = holder.account();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null,
					List.of(new SimpleGrantedAuthority(account.getRole().authority()),
							new SimpleGrantedAuthority("SCOPE_" + holder.scope().name()))));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

	/**
	 * Ends the session of a person whose account the secretariat disabled since they
	 * signed in, or whose password or second factor changed since (from another session,
	 * or by a reset link).
	 */
	private final class DisabledAccountFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			HttpSession session = request.getSession(false);
			if (session != null && authentication instanceof UsernamePasswordAuthenticationToken
					&& authentication.isAuthenticated()) {
				Account account = AccountsSecurity.this.accounts.find(authentication.getName()).orElse(null);
				long signedInAt = (session.getAttribute(SIGNED_IN_AT) instanceof Long at) ? at : 0L;
				boolean enabled = account != null && account.isEnabled();
				if (!enabled || !account.isSessionValid(signedInAt)) {
					session.invalidate();
					SecurityContextHolder.clearContext();
					response.sendRedirect(request.getContextPath() + (enabled ? "/login?expired" : "/login?disabled"));
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

}
