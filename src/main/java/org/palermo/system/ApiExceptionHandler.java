package org.palermo.system;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's one advice: every error as {@code application/problem+json} in the caller's
 * language.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

	private final Problems problems;

	ApiExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.NOT_FOUND, "problem.404.detail", request, locale);
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ResponseEntity<Map<String, Object>> conflict(HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.CONFLICT, "problem.409.detail", request, locale);
	}

	@ExceptionHandler(UserInputException.class)
	ResponseEntity<Map<String, Object>> badInput(UserInputException ex, HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.BAD_REQUEST, ex.getMessageKey(), request, locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> badParameter(HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.BAD_REQUEST, "problem.400.detail", request, locale);
	}

	private ResponseEntity<Map<String, Object>> answer(HttpStatus status, String key, HttpServletRequest request,
			Locale locale) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(this.problems.body(status, key, request.getRequestURI(), locale));
	}

}
