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

	private final org.springframework.context.MessageSource messages;

	ApiExceptionHandler(Problems problems, org.springframework.context.MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.NOT_FOUND, "problem.404.detail", request, locale);
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ResponseEntity<Map<String, Object>> conflict(ConcurrentEditException ex, HttpServletRequest request,
			Locale locale) {
		return conflict(ex.subjectKey(), request, locale);
	}

	@ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
	ResponseEntity<Map<String, Object>> conflict(org.springframework.orm.ObjectOptimisticLockingFailureException ex,
			HttpServletRequest request, Locale locale) {
		return conflict(ConflictPages.subjectKeyOf(ex), request, locale);
	}

	/** A 409 saying what changed, in the caller's language. */
	private ResponseEntity<Map<String, Object>> conflict(String subjectKey, HttpServletRequest request, Locale locale) {
		Map<String, Object> body = this.problems.body(HttpStatus.CONFLICT, "problem.409.detail",
				request.getRequestURI(), locale);
		body.put("detail", this.messages.getMessage("conflict.what",
				new Object[] { this.messages.getMessage(subjectKey, null, locale) }, locale));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
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
