package org.palermo.capacity;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.palermo.accounts.OrganisationDirectory;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
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

/**
 * The secretariat manages capacity building: resources (create, edit, publish, unpublish)
 * and events (create, edit, see and export registrations). Under {@code /admin}, so only
 * the secretariat reaches it.
 */
@Controller
class CapacityAdminController {

	private final CapacityService capacity;

	private final OrganisationDirectory organisations;

	CapacityAdminController(CapacityService capacity, OrganisationDirectory organisations) {
		this.capacity = capacity;
		this.organisations = organisations;
	}

	@GetMapping("/admin/capacity")
	String overview(Model model) {
		model.addAttribute("resources", this.capacity.allResources());
		model.addAttribute("events", this.capacity.allEvents());
		return "capacity/admin";
	}

	@GetMapping("/admin/capacity/resources/new")
	String newResource(Model model) {
		return resourcePage(model, null, ResourceForm.empty(), null);
	}

	@PostMapping("/admin/capacity/resources")
	String createResource(@RequestParam Map<String, String> params,
			@RequestParam(name = "instrument", required = false) List<String> instruments,
			@RequestParam(name = "cluster", required = false) List<String> clusters, Model model,
			HttpServletResponse response) {
		ResourceForm form = ResourceForm.from(params, instruments, clusters);
		try {
			CapacityResource created = this.capacity.createResource(form);
			return "redirect:/admin/capacity/resources/" + created.getId() + "?saved";
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return resourcePage(model, null, form, ex.getMessageKey());
		}
	}

	@GetMapping("/admin/capacity/resources/{id}")
	String editResource(@PathVariable long id, Model model) {
		CapacityResource resource = this.capacity.resource(id);
		return resourcePage(model, resource, ResourceForm.of(resource), null);
	}

	@PostMapping("/admin/capacity/resources/{id}")
	String updateResource(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam Map<String, String> params,
			@RequestParam(name = "instrument", required = false) List<String> instruments,
			@RequestParam(name = "cluster", required = false) List<String> clusters, Model model,
			HttpServletResponse response) {
		ResourceForm form = ResourceForm.from(params, instruments, clusters);
		try {
			this.capacity.updateResource(id, version, form);
			return "redirect:/admin/capacity/resources/" + id + "?saved";
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return resourcePage(model, this.capacity.resource(id), form, ex.getMessageKey());
		}
	}

	@PostMapping("/admin/capacity/resources/{id}/publication")
	String publication(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "false") boolean published) {
		this.capacity.publish(id, version, published);
		return "redirect:/admin/capacity/resources/" + id;
	}

	private String resourcePage(Model model, CapacityResource resource, ResourceForm form, String error) {
		model.addAttribute("resource", resource);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("languages", CapacityResource.LANGUAGES);
		model.addAttribute("instruments", Instrument.values());
		model.addAttribute("clusters", ThematicCluster.values());
		model.addAttribute("kinds", ResourceKind.values());
		return "capacity/admin-resource";
	}

	@GetMapping("/admin/capacity/events/new")
	String newEvent(Model model) {
		return eventPage(model, null, EventForm.Typed.empty(), null);
	}

	@PostMapping("/admin/capacity/events")
	String createEvent(EventFormParams params, Model model, HttpServletResponse response) {
		EventForm.Typed typed = params.typed();
		try {
			CapacityEvent created = this.capacity.createEvent(EventForm.parse(typed));
			return "redirect:/admin/capacity/events/" + created.getId() + "?saved";
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return eventPage(model, null, typed, ex.getMessageKey());
		}
	}

	@GetMapping("/admin/capacity/events/{id}")
	String event(@PathVariable long id, Model model) {
		CapacityEvent event = this.capacity.event(id);
		return eventPage(model, event, EventForm.Typed.of(event), null);
	}

	@PostMapping("/admin/capacity/events/{id}")
	String updateEvent(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, EventFormParams params,
			Model model, HttpServletResponse response) {
		EventForm.Typed typed = params.typed();
		try {
			this.capacity.updateEvent(id, version, EventForm.parse(typed));
			return "redirect:/admin/capacity/events/" + id + "?saved";
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return eventPage(model, this.capacity.event(id), typed, ex.getMessageKey());
		}
	}

	@GetMapping("/admin/capacity/events/{id}/registrations.csv")
	ResponseEntity<byte[]> registrationsCsv(@PathVariable long id) {
		CapacityEvent event = this.capacity.event(id);
		StringBuilder csv = new StringBuilder("organisation,attendee,status,registered_at,changed_at\r\n");
		for (EventRegistration r : this.capacity.registrations(id)) {
			csv.append(cell(organisationName(r.getOrganisationId())))
				.append(',')
				.append(cell(r.getAttendee()))
				.append(',')
				.append(r.getStatus().name())
				.append(',')
				.append(r.getQueuedAt().atOffset(ZoneOffset.UTC))
				.append(',')
				.append(r.getChangedAt().atOffset(ZoneOffset.UTC))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("event-" + event.getId() + "-registrations.csv")
						.build()
						.toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String eventPage(Model model, CapacityEvent event, EventForm.Typed form, String error) {
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("languages", CapacityResource.LANGUAGES);
		if (event != null) {
			Map<Long, String> names = new LinkedHashMap<>();
			List<EventRegistration> registrations = this.capacity.registrations(event.getId());
			registrations.forEach((r) -> names.put(r.getOrganisationId(), organisationName(r.getOrganisationId())));
			model.addAttribute("registrations", registrations);
			model.addAttribute("organisationNames", names);
			model.addAttribute("taken", this.capacity.seatsTaken(event.getId()));
		}
		return "capacity/admin-event";
	}

	private String organisationName(Long id) {
		return this.organisations.find(id).map(OrganisationDirectory.Choice::name).orElse("#" + id);
	}

	/**
	 * A CSV cell: quoted, and a leading formula character neutralised for spreadsheets.
	 */
	static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/** The event form's fields as posted. */
	record EventFormParams(String kind, String title, String description, String startsOn, String endsOn, String place,
			Boolean online, List<String> languages, String seats, String registrationDeadline) {

		EventForm.Typed typed() {
			return new EventForm.Typed(s(this.kind), s(this.title), s(this.description), s(this.startsOn),
					s(this.endsOn), s(this.place), Boolean.TRUE.equals(this.online),
					(this.languages != null) ? this.languages : List.of(), s(this.seats), s(this.registrationDeadline));
		}

		private static String s(String value) {
			return (value != null) ? value : "";
		}

	}

}
