package org.palermo.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it began, however active it is (the idle timeout is
 * the container's).
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	private final Duration limit;

	private final Clock clock;

	AbsoluteSessionTimeoutFilter(Duration limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && this.clock.millis() - session.getCreationTime() > this.limit.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			if (!Problems.isApi(request)) {
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
