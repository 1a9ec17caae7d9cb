package org.palermo.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat leaves an encoded slash ({@code %2F}) for the application's firewall to refuse,
 * instead of refusing it itself with a bare 400: the firewall's answer carries the
 * security headers.
 */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
		return (connector) -> connector.setEncodedSolidusHandling("passthrough");
	}

}
