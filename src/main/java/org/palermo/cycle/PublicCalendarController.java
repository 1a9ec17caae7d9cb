package org.palermo.cycle;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public calendar of dialogues, events and review deadlines, and its iCalendar feed.
 */
@Controller
class PublicCalendarController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final PublicCalendarService calendar;

	PublicCalendarController(PublicCalendarService calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/calendar")
	String page(Locale locale, Model model) {
		model.addAttribute("months", this.calendar.byMonth(locale));
		return "cycle/public-calendar";
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> feed(Locale locale) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noCache())
			.body(this.calendar.ics(locale));
	}

}
