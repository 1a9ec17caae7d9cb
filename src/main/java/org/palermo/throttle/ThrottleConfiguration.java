package org.palermo.throttle;

import java.util.Map;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the limits to the anonymous POSTs that send mail, after security (so a request
 * refused for its CSRF token is not counted) and before the controller (so an over-limit
 * request sends nothing). The mail address is the form's {@code email} field.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThrottleSettings.class)
class ThrottleConfiguration implements WebMvcConfigurer {

	/** Path of each throttled request, and the name it is counted under. */
	static final Map<String, String> THROTTLED = Map.of("/organisations/register", "organisation-registration",
			"/subscriptions", "country-subscription", "/login/reset", "password-reset");

	private final AnonymousRequestThrottle throttle;

	ThrottleConfiguration(AnonymousRequestThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String action = THROTTLED.get(request.getRequestURI().substring(request.getContextPath().length()));
				if (action == null || !"POST".equals(request.getMethod())) {
					return true;
				}
				OptionalLong wait = ThrottleConfiguration.this.throttle.tryAcquire(action, request.getRemoteAddr(),
						request.getParameter("email"));
				if (wait.isPresent()) {
					throw new TooManyRequestsException(wait.getAsLong());
				}
				return true;
			}
		}).addPathPatterns(THROTTLED.keySet().toArray(String[]::new));
	}

}
