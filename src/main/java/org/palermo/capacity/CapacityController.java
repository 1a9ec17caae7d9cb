package org.palermo.capacity;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.palermo.instruments.Instrument;
import org.palermo.system.UserInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of capacity building: the library with its filters, a resource, the
 * upcoming events and an event's page and calendar file; and for an organisation's
 * members, registering for an event and cancelling.
 */
@Controller
class CapacityController {

	private final CapacityService capacity;

	private final CapacityCalendar calendar;

	CapacityController(CapacityService capacity, CapacityCalendar calendar) {
		this.capacity = capacity;
		this.calendar = calendar;
	}

	@GetMapping("/capacity")
	String library(@RequestParam(required = false) String language, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String kind, Model model) {
		String lang = (language != null && CapacityResource.LANGUAGES.contains(language)) ? language : null;
		Instrument inst = CapacityService.parse(Instrument.class, instrument);
		ResourceKind k = CapacityService.parse(ResourceKind.class, kind);
		model.addAttribute("resources", this.capacity.library(lang, inst, k));
		model.addAttribute("language", lang);
		model.addAttribute("instrument", inst);
		model.addAttribute("kind", k);
		model.addAttribute("languages", CapacityResource.LANGUAGES);
		model.addAttribute("instruments", Instrument.values());
		model.addAttribute("kinds", ResourceKind.values());
		return "capacity/library";
	}

	@GetMapping("/capacity/resources/{id}")
	String resource(@PathVariable long id, Model model) {
		model.addAttribute("resource", this.capacity.published(id));
		return "capacity/resource";
	}

	@GetMapping("/capacity/events")
	String events(Model model) {
		model.addAttribute("events", this.capacity.upcoming());
		model.addAttribute("today", this.capacity.today());
		return "capacity/events";
	}

	@GetMapping("/capacity/events/{id}")
	String event(@PathVariable long id, Principal principal, Model model) {
		CapacityEvent event = this.capacity.event(id);
		model.addAttribute("event", event);
		model.addAttribute("taken", this.capacity.seatsTaken(id));
		model.addAttribute("open", event.isOpenForRegistration(this.capacity.today()));
		model.addAttribute("registration",
				this.capacity.registrationOf(id, (principal != null) ? principal.getName() : null).orElse(null));
		return "capacity/event";
	}

	@GetMapping("/capacity/events/{id}/calendar.ics")
	ResponseEntity<byte[]> ics(@PathVariable long id, Locale locale) {
		CapacityEvent event = this.capacity.event(id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("event-" + id + ".ics").build().toString())
			.body(this.calendar.ics(event, locale).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/capacity/events/{id}/registrations")
	String register(@PathVariable long id, @RequestParam(defaultValue = "") String attendee, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			EventRegistration registration = this.capacity.register(id, principal.getName(), attendee);
			redirect.addFlashAttribute("registered", registration.getStatus().name());
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("attendee", attendee);
			return event(id, principal, model);
		}
		return "redirect:/capacity/events/" + id;
	}

	@PostMapping("/capacity/events/{id}/registrations/cancel")
	String cancel(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.capacity.cancel(id, principal.getName());
		redirect.addFlashAttribute("cancelled", true);
		return "redirect:/capacity/events/" + id;
	}

}
