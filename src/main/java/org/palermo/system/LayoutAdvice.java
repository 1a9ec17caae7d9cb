package org.palermo.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: the language, its direction and the
 * switcher.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("languages")
	List<String> languages() {
		return Languages.CODES;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
		String uri = (forwarded instanceof String original) ? original : request.getRequestURI();
		return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
	}

}
