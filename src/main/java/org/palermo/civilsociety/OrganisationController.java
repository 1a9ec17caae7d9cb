package org.palermo.civilsociety;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.palermo.instruments.Instrument;
import org.palermo.parties.PartyService;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisations: the public directory, self-registration, and the page where members see
 * their organisation and its administrator invites colleagues.
 */
@Controller
class OrganisationController {

	private final OrganisationService organisations;

	private final CountryInputService inputs;

	private final DialogueService dialogues;

	private final PartyService parties;

	OrganisationController(OrganisationService organisations, CountryInputService inputs, DialogueService dialogues,
			PartyService parties) {
		this.organisations = organisations;
		this.inputs = inputs;
		this.dialogues = dialogues;
		this.parties = parties;
	}

	@GetMapping("/organisations")
	String directory(@RequestParam(required = false) String country, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String kind, Model model) {
		String code = (country != null && country.matches("[A-Za-z]{2}")) ? country.toUpperCase(Locale.ROOT) : null;
		Instrument inst = parse(Instrument.class, instrument);
		OrganisationKind k = parse(OrganisationKind.class, kind);
		model.addAttribute("organisations", this.organisations.directory(code, inst, k));
		model.addAttribute("country", code);
		model.addAttribute("instrument", inst);
		model.addAttribute("kind", k);
		model.addAttribute("parties", this.parties.find(null, null));
		model.addAttribute("instruments", Instrument.values());
		model.addAttribute("kinds", OrganisationKind.values());
		return "civilsociety/directory";
	}

	@GetMapping("/organisations/{id}")
	String profile(@PathVariable long id, Model model) {
		model.addAttribute("organisation", this.organisations.listed(id));
		return "civilsociety/profile";
	}

	@GetMapping("/organisations/register")
	String registration(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", OrganisationForm.empty());
		}
		return registrationPage(model);
	}

	@PostMapping("/organisations/register")
	String register(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return registrationPage(model);
		}
		try {
			this.organisations.registerSelf(form);
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessageKey());
			return registrationPage(model);
		}
		model.addAttribute("email", form.email());
		return "civilsociety/registered";
	}

	private String registrationPage(Model model) {
		model.addAttribute("parties", this.parties.find(null, null));
		model.addAttribute("kinds", OrganisationKind.REGISTRABLE);
		model.addAttribute("ecosoc", EcosocStatus.values());
		model.addAttribute("instruments", Instrument.values());
		model.addAttribute("themes", WorkingGroup.values());
		return "civilsociety/register";
	}

	@GetMapping("/organisation")
	String mine(Principal principal, Model model) {
		this.dialogues.settleDueQuietly();
		OrganisationService.Membership membership = this.organisations.membershipOf(principal.getName());
		model.addAttribute("membership", membership);
		model.addAttribute("organisation", membership.organisation());
		model.addAttribute("members", this.organisations.members(membership.organisation().getId()));
		model.addAttribute("inputs", this.inputs.ofOwnOrganisation(principal.getName()));
		model.addAttribute("applications", this.dialogues.ofOwnOrganisation(principal.getName()));
		model.addAttribute("dialogueTitles", this.dialogues.all()
			.stream()
			.collect(java.util.stream.Collectors.toMap(ConstructiveDialogue::getId, ConstructiveDialogue::getTitle)));
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", MemberForm.empty());
		}
		return "civilsociety/mine";
	}

	@PostMapping("/organisation/members")
	String invite(@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.organisations.requireAdministrator(principal.getName());
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("memberError", "civilsociety.error.member");
			return mine(principal, model);
		}
		try {
			this.organisations.inviteMember(principal.getName(), form);
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("memberError", ex.getMessageKey());
			return mine(principal, model);
		}
		redirect.addFlashAttribute("invited", form.email());
		return "redirect:/organisation";
	}

	@PostMapping("/organisation/listing")
	String listing(@RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "false") boolean listed, Principal principal) {
		this.organisations.changeListing(principal.getName(), version, listed);
		return "redirect:/organisation";
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
