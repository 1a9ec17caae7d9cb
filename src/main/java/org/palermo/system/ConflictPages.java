package org.palermo.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one mapping of every edit conflict on the pages: a 409 page in the reader's
 * language saying what changed, never a 500. The API's advice answers the same as
 * problem+json.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ConflictPages {

	private final MessageSource messages;

	ConflictPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ModelAndView conflict(ConcurrentEditException ex, Locale locale) {
		return page(ex.subjectKey(), locale);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ModelAndView conflict(ObjectOptimisticLockingFailureException ex, Locale locale) {
		return page(subjectKeyOf(ex), locale);
	}

	static String subjectKeyOf(ObjectOptimisticLockingFailureException ex) {
		String type = (ex.getPersistentClassName() != null) ? ex.getPersistentClassName() : "";
		return ConcurrentEditException.subjectKeyOf(type.substring(type.lastIndexOf('.') + 1));
	}

	private ModelAndView page(String subjectKey, Locale locale) {
		ModelAndView page = new ModelAndView("error", HttpStatus.CONFLICT);
		page.addObject("status", 409);
		page.addObject("knownStatus", true);
		page.addObject("detail", this.messages.getMessage("conflict.what",
				new Object[] { this.messages.getMessage(subjectKey, null, locale) }, locale));
		return page;
	}

}
