package org.palermo.system;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error ends here: a page in the reader's language for people, problem+json for the
 * API. The answer never says more than the status, so it cannot reveal what exists behind
 * a 403 or 404.
 */
@Controller
class ErrorPages implements ErrorController {

	private final Problems problems;

	ErrorPages(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Model model, Locale locale) {
		HttpStatus status = statusOf(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri instanceof String s) ? s : request.getRequestURI();
		if (Problems.isApiPath(path.substring(Math.min(request.getContextPath().length(), path.length())))) {
			Map<String, Object> body = this.problems.body(status, "problem." + status.value() + ".detail", path,
					locale);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
		}
		model.addAttribute("status", status.value());
		model.addAttribute("knownStatus", status.value() == 400 || status.value() == 401 || status.value() == 403
				|| status.value() == 404 || status.value() == 405 || status.value() == 409 || status.value() == 413);
		return new org.springframework.web.servlet.ModelAndView("error", model.asMap(), status);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
