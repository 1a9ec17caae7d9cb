package org.palermo.system;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for pages and API: public reading, the secretariat's admin screens,
 * CSRF with the {@code XSRF-TOKEN} cookie and {@code X-XSRF-TOKEN} header (not needed
 * with a bearer token), secure headers, and the modules' contributions (sign-in, second
 * factor, tokens).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Pages and endpoints anyone may read (GET and HEAD only). */
	static final String[] PUBLIC = { "/", "/parties", "/parties/**", "/instruments", "/api/parties", "/api/parties/**",
			"/api/parties.csv", "/api/instruments", "/drawings", "/drawings/*", "/api/drawings", "/api/drawings/**",
			"/reviews/*", "/api/reviews", "/api/reviews/*", "/library", "/library/*", "/api/search",
			"/api/documents/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/css/**", "/js/**", "/favicon.ico", "/login",
			"/login/**", "/invitation/**", "/email-confirmation/*", "/error", "/organisations", "/organisations/*",
			"/api/organisations", "/api/organisations/*", "/dialogues", "/dialogues/*", "/dialogues/*/calendar.ics",
			"/api/dialogues", "/api/dialogues/*", "/api/reviews/*/inputs", "/subscriptions/*/confirm",
			"/subscriptions/*/unsubscribe", "/calendar/*", "/calendar", "/calendar.ics", "/capacity",
			"/capacity/resources/*", "/capacity/events", "/capacity/events/*", "/capacity/events/*/calendar.ics",
			"/api/capacity/resources", "/api/capacity/resources/*", "/api/capacity/events", "/api/capacity/events/*",
			"/api/groups", "/api/groups/*", "/inputs/*/files/*" };

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String PERMISSIONS = "camera=(), microphone=(), geolocation=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<HttpSecurityContribution> contributions,
			SecuritySettings settings, Problems problems) throws Exception {
		RequestMatcher api = Problems::isApi;
		RequestMatcher bearer = SecurityConfiguration::carriesBearerToken;
		http.authorizeHttpRequests(
				(authorize) -> authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers(HttpMethod.GET, PUBLIC)
					.permitAll()
					.requestMatchers(HttpMethod.HEAD, PUBLIC)
					.permitAll()
					.requestMatchers(HttpMethod.POST, "/login", "/login/totp", "/login/totp-setup", "/login/reset",
							"/login/reset/*", "/invitation/*", "/email-confirmation/*", "/organisations/register",
							"/subscriptions", "/subscriptions/*/confirm", "/subscriptions/*/unsubscribe")
					.permitAll()
					.requestMatchers("/admin/**", "/api/admin/**")
					.hasRole("SECRETARIAT")
					.anyRequest()
					.authenticated());
		http.csrf((csrf) -> csrf.spa().ignoringRequestMatchers(bearer));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS)));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
			if (api.matches(request)) {
				problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.401.detail");
			}
			else {
				signIn.commence(request, response, ex);
			}
		}).accessDeniedHandler((request, response, ex) -> {
			if (api.matches(request)) {
				problems.write(request, response, HttpStatus.FORBIDDEN, "problem.403.detail");
			}
			else {
				response.sendError(HttpStatus.FORBIDDEN.value());
			}
		}));
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"));
		http.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		// The container (or Spring Session) stamps a session's creation with the system
		// clock, so the
		// limit is measured on that clock, not on the application's business clock (which
		// tests move).
		http.addFilterBefore(new AbsoluteSessionTimeoutFilter(settings.absoluteSessionTimeout(), Clock.systemUTC()),
				SecurityContextHolderFilter.class);
		for (HttpSecurityContribution contribution : contributions) {
			contribution.contribute(http);
		}
		return http.build();
	}

	/** Refused paths get the security headers too. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new FirewallRejection();
	}

	/**
	 * The headers Spring Security writes, for answers written before it runs: content
	 * policy, framing, sniffing, referrer, permissions, and HSTS on HTTPS.
	 */
	static void writeSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CSP);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS);
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
	}

	static boolean carriesBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
