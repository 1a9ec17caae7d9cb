package org.palermo.throttle;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.palermo.system.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request over its limit gets 429 with {@code Retry-After}: a page in the reader's
 * language, or problem+json for the API and for clients that ask for JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyRequestsAdvice {

	private final Problems problems;

	TooManyRequestsAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(TooManyRequestsException.class)
	Object tooMany(TooManyRequestsException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		long seconds = ex.retryAfterSeconds();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean json = Problems.isApi(request) || (accept != null && accept.contains("json"));
		if (json) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.problems.body(HttpStatus.TOO_MANY_REQUESTS, "throttle.problem.detail",
						request.getRequestURI(), locale));
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ModelAndView page = new ModelAndView("throttle/too-many");
		page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("minutes", Math.max(1, (seconds + 59) / 60));
		return page;
	}

}
