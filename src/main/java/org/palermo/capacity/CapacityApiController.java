package org.palermo.capacity;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palermo.instruments.Instrument;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Capacity building as JSON: the public library and events, registration for one's
 * organisation.
 */
@RestController
@Tag(name = "Capacity building")
class CapacityApiController {

	private final CapacityService capacity;

	private final String publicUrl;

	CapacityApiController(CapacityService capacity, @Value("${palermo.public-url}") String publicUrl) {
		this.capacity = capacity;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/api/capacity/resources")
	@Operation(summary = "Published guides, training courses, toolkits and videos; filters: language (ar, zh, en, "
			+ "fr, ru, es: has a version in it), instrument, kind")
	List<CapacityJson.ResourceJson> resources(@RequestParam(required = false) String language,
			@RequestParam(required = false) String instrument, @RequestParam(required = false) String kind) {
		String lang = (language != null && CapacityResource.LANGUAGES.contains(language)) ? language : null;
		return this.capacity
			.library(lang, CapacityService.parse(Instrument.class, instrument),
					CapacityService.parse(ResourceKind.class, kind))
			.stream()
			.map((r) -> CapacityJson.ResourceJson.of(r, this.publicUrl))
			.toList();
	}

	@GetMapping("/api/capacity/resources/{id}")
	@Operation(summary = "One published resource; 404 problem+json for any other id")
	CapacityJson.ResourceJson resource(@PathVariable long id) {
		return CapacityJson.ResourceJson.of(this.capacity.published(id), this.publicUrl);
	}

	@GetMapping("/api/capacity/events")
	@Operation(summary = "Trainings and workshops not yet over, soonest first, with seats taken")
	List<CapacityJson.EventJson> events() {
		return this.capacity.upcoming()
			.stream()
			.map((e) -> CapacityJson.EventJson.of(e, this.capacity.seatsTaken(e.getId()), this.capacity.today()))
			.toList();
	}

	@GetMapping("/api/capacity/events/{id}")
	@Operation(summary = "One event; 404 problem+json for an unknown id")
	CapacityJson.EventJson event(@PathVariable long id) {
		return CapacityJson.EventJson.of(this.capacity.event(id), this.capacity.seatsTaken(id), this.capacity.today());
	}

	@PostMapping("/api/capacity/events/{id}/registration")
	@Operation(summary = "Registers the signed-in member's organisation, naming who attends: CONFIRMED while seats "
			+ "last, else WAITING (promoted in order when a seat comes free). Members of an organisation only (403); "
			+ "400 when closed or already registered")
	CapacityJson.RegistrationJson register(@PathVariable long id,
			@RequestBody(required = false) CapacityJson.RegistrationRequest request, Principal principal) {
		return CapacityJson.RegistrationJson
			.of(this.capacity.register(id, principal.getName(), (request != null) ? request.attendee() : null));
	}

	@PostMapping("/api/capacity/events/{id}/registration/cancel")
	@Operation(summary = "Cancels the organisation's registration; its seat goes to the first on the waiting list")
	CapacityJson.RegistrationJson cancel(@PathVariable long id, Principal principal) {
		this.capacity.cancel(id, principal.getName());
		return this.capacity.registrationOf(id, principal.getName())
			.map(CapacityJson.RegistrationJson::of)
			.orElseThrow();
	}

}
