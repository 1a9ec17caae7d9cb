package org.palermo.civilsociety;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.instruments.Instrument;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Civil society as JSON: the public directory, dialogues, and for an organisation's
 * members their input and applications.
 */
@RestController
@Tag(name = "Civil society")
class CivilSocietyApiController {

	private final OrganisationService organisations;

	private final DialogueService dialogues;

	private final CountryInputService inputs;

	private final ReviewPolicy policy;

	private final CivilSocietyPolicy civilSocietyPolicy;

	CivilSocietyApiController(OrganisationService organisations, DialogueService dialogues, CountryInputService inputs,
			ReviewPolicy policy, CivilSocietyPolicy civilSocietyPolicy) {
		this.civilSocietyPolicy = civilSocietyPolicy;
		this.organisations = organisations;
		this.dialogues = dialogues;
		this.inputs = inputs;
		this.policy = policy;
	}

	@GetMapping("/api/organisations")
	@Operation(summary = "Verified organisations that agreed to be listed; filters: country (of registration or work), "
			+ "instrument, kind")
	List<CivilSocietyJson.OrganisationJson> directory(@RequestParam(required = false) String country,
			@RequestParam(required = false) String instrument, @RequestParam(required = false) String kind) {
		String code = (country != null && country.matches("[A-Za-z]{2}")) ? country.toUpperCase(Locale.ROOT) : null;
		return this.organisations
			.directory(code, OrganisationController.parse(Instrument.class, instrument),
					OrganisationController.parse(OrganisationKind.class, kind))
			.stream()
			.map(CivilSocietyJson.OrganisationJson::of)
			.toList();
	}

	@GetMapping("/api/organisations/{id}")
	@Operation(summary = "One listed organisation; 404 problem+json for any other id")
	CivilSocietyJson.OrganisationJson organisation(@PathVariable long id) {
		return CivilSocietyJson.OrganisationJson.of(this.organisations.listed(id));
	}

	@GetMapping("/api/dialogues")
	@Operation(summary = "Every constructive dialogue, earliest first")
	List<CivilSocietyJson.DialogueJson> dialogues() {
		return this.dialogues.all().stream().map((d) -> CivilSocietyJson.DialogueJson.of(d, null, null)).toList();
	}

	@GetMapping("/api/dialogues/{id}")
	@Operation(summary = "One constructive dialogue with its participants, speakers' list and summary; an "
			+ "organisation that chose not to be listed is null, except for the secretariat and the Extended Bureau")
	CivilSocietyJson.DialogueJson dialogue(@PathVariable long id, Principal principal) {
		this.dialogues.settleDueQuietly();
		boolean named = this.civilSocietyPolicy.may((principal != null) ? principal.getName() : null,
				CivilSocietyPolicy.DialogueAction.SEE_ALL_NAMES);
		return CivilSocietyJson.DialogueJson.of(this.dialogues.dialogue(id), this.dialogues.participants(id, named),
				this.dialogues.speakers(id, named));
	}

	@GetMapping("/api/organisation/applications")
	@Operation(summary = "The applications of the caller's organisation to constructive dialogues, with their decision")
	List<CivilSocietyJson.ApplicationJson> applications(Principal principal) {
		this.dialogues.settleDueQuietly();
		return this.dialogues.ofOwnOrganisation(principal.getName())
			.stream()
			.map(CivilSocietyJson.ApplicationJson::of)
			.toList();
	}

	@GetMapping("/api/organisation/inputs")
	@Operation(summary = "The country input of the caller's organisation, with its status")
	List<CivilSocietyJson.InputJson> ownInputs(Principal principal) {
		return this.inputs.ofOwnOrganisation(principal.getName()).stream().map(CivilSocietyJson.InputJson::of).toList();
	}

	@GetMapping("/api/reviews/{id}/inputs")
	@Operation(summary = "The input on a review that the caller may read: public input for anyone, input shared with "
			+ "the review's States for their people, all for the secretariat; organisation null where withheld")
	List<CivilSocietyJson.InputJson> reviewInputs(@PathVariable long id, Principal principal) {
		String viewer = (principal != null) ? principal.getName() : null;
		boolean manages = this.policy.may(viewer, ReviewAction.MANAGE_INPUT, id);
		return this.inputs.forReview(id, viewer)
			.stream()
			.map((view) -> CivilSocietyJson.InputJson.of(view, manages))
			.toList();
	}

}
