package org.palermo.parties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class PartiesConfiguration {

	/** After the security filters, so a signed-in reader is known and goes through. */
	@Bean
	FilterRegistrationBean<AnonymousPartiesCache> anonymousPartiesCache(PartyService parties, LocaleResolver locales) {
		FilterRegistrationBean<AnonymousPartiesCache> registration = new FilterRegistrationBean<>(
				new AnonymousPartiesCache(parties, locales));
		registration.addUrlPatterns("/parties");
		registration.setOrder(0);
		return registration;
	}

}
