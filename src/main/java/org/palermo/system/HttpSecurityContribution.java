package org.palermo.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's part of the one security filter chain (sign-in, tokens), applied by
 * {@code system}.
 */
public interface HttpSecurityContribution {

	void contribute(HttpSecurity http) throws Exception;

}
