package org.palermo.system;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The reader's language: chosen with {@code ?lang=}, kept in a cookie, else from the
 * browser.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("palermo-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction((request) -> Languages.supportedOrDefault(request.getLocale()));
		return new SupportedLocaleResolver(resolver);
	}

	/**
	 * No URL rewriting for versioned resources: the pages link to none, and the filter
	 * (switched on by the web jars of the API browser) looked every link of a page up on
	 * the class path, which made the list of parties forty times slower than a static
	 * file.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Accepts only the six languages, so a crafted cookie or parameter never selects
	 * another.
	 */
	static final class SupportedLocaleResolver implements LocaleResolver {

		private final LocaleResolver delegate;

		SupportedLocaleResolver(LocaleResolver delegate) {
			this.delegate = delegate;
		}

		@Override
		public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
			return Languages.supportedOrDefault(this.delegate.resolveLocale(request));
		}

		@Override
		public void setLocale(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Locale locale) {
			this.delegate.setLocale(request, response, (locale != null) ? Languages.supportedOrDefault(locale) : null);
		}

	}

}
