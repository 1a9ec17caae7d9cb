package org.palermo.civilsociety;

import org.palermo.system.HttpSecurityContribution;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs
 * {@code List-Unsubscribe=One-Click} to the link of the {@code List-Unsubscribe} header
 * with no session and no CSRF token. That POST is exempt from CSRF: the unguessable token
 * in the path is the authority, and all it can do is end that one subscription. Every
 * other POST keeps its CSRF check.
 */
@Component
class CountrySubscriptionSecurity implements HttpSecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, "/subscriptions/{token}/unsubscribe")));
	}

}
