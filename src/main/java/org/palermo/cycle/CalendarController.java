package org.palermo.cycle;

import java.security.Principal;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The private calendar feed (anyone holding the secret address reads it, as calendar apps
 * do) and the page where its owner makes, replaces or revokes it.
 */
@Controller
class CalendarController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar",
			java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarService calendars;

	CalendarController(CalendarService calendars) {
		this.calendars = calendars;
	}

	@GetMapping("/calendar/{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.body(this.calendars.feed(secret));
	}

	@GetMapping("/account/calendar")
	String page(Principal principal, Model model) {
		model.addAttribute("createdAt", this.calendars.feedCreatedAt(principal.getName()).orElse(null));
		return "cycle/calendar";
	}

	@PostMapping("/account/calendar")
	String create(Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", this.calendars.newFeed(principal.getName()));
		return "redirect:/account/calendar";
	}

	@PostMapping("/account/calendar/revoke")
	String revoke(Principal principal, RedirectAttributes redirect) {
		this.calendars.revoke(principal.getName());
		redirect.addFlashAttribute("message", "notifications.calendar.revoked");
		return "redirect:/account/calendar";
	}

}
