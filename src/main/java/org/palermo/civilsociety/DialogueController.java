package org.palermo.civilsociety;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.palermo.civilsociety.CivilSocietyPolicy.DialogueAction;
import org.palermo.system.UserInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * Constructive dialogues for everyone: the public calendar and each dialogue's page;
 * organisations apply and send statements there, the Extended Bureau objects there.
 */
@Controller
class DialogueController {

	private final DialogueService dialogues;

	private final DialogueCalendar calendar;

	private final OrganisationService organisations;

	private final CivilSocietyPolicy policy;

	DialogueController(DialogueService dialogues, DialogueCalendar calendar, OrganisationService organisations,
			CivilSocietyPolicy policy) {
		this.dialogues = dialogues;
		this.calendar = calendar;
		this.organisations = organisations;
		this.policy = policy;
	}

	@GetMapping("/dialogues")
	String list(Model model) {
		this.dialogues.settleDueQuietly();
		model.addAttribute("dialogues", this.dialogues.all());
		model.addAttribute("today", this.dialogues.today());
		return "civilsociety/dialogues";
	}

	@GetMapping("/dialogues/{id}")
	String show(@PathVariable long id, Principal principal, Model model) {
		this.dialogues.settleDueQuietly();
		ConstructiveDialogue dialogue = this.dialogues.dialogue(id);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("today", this.dialogues.today());
		model.addAttribute("now", this.dialogues.now());
		String username = (principal != null) ? principal.getName() : null;
		boolean named = this.policy.may(username, DialogueAction.SEE_ALL_NAMES);
		model.addAttribute("participants", this.dialogues.participants(id, named));
		model.addAttribute("speakers", this.dialogues.speakers(id, named));
		model.addAttribute("statements", this.dialogues.statements(id, named));
		model.addAttribute("objectionDays", this.dialogues.settings().objectionPeriod().toDays());
		if (this.policy.may(username, DialogueAction.SEE_APPLICATIONS)) {
			model.addAttribute("applications", this.dialogues.applications(id));
		}
		if (this.policy.may(username, DialogueAction.TAKE_PART)) {
			OrganisationService.Membership membership = this.organisations.membershipOf(principal.getName());
			model.addAttribute("membership", membership);
			model.addAttribute("ownApplication",
					this.dialogues.ofOwnOrganisation(principal.getName())
						.stream()
						.filter((a) -> a.getDialogueId().equals(id))
						.findFirst()
						.orElse(null));
		}
		model.addAttribute("bureau", this.policy.may(username, DialogueAction.OBJECT));
		return "civilsociety/dialogue";
	}

	@GetMapping(path = "/dialogues/calendar.ics", produces = DialogueCalendar.MEDIA_TYPE)
	ResponseEntity<byte[]> feed(Locale locale) {
		return ics("dialogues.ics", this.calendar.calendar(this.dialogues.all(), locale));
	}

	@GetMapping(path = "/dialogues/{id}/calendar.ics", produces = DialogueCalendar.MEDIA_TYPE)
	ResponseEntity<byte[]> one(@PathVariable long id, Locale locale) {
		return ics("dialogue-" + id + ".ics", this.calendar.calendar(List.of(this.dialogues.dialogue(id)), locale));
	}

	private static ResponseEntity<byte[]> ics(String fileName, String body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(DialogueCalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/dialogues/{id}/apply")
	String applicationForm(@PathVariable long id, Principal principal, Model model) {
		this.organisations.verifiedMembershipOf(principal.getName());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ApplicationForm.empty());
		}
		model.addAttribute("dialogue", this.dialogues.dialogue(id));
		return "civilsociety/apply";
	}

	@PostMapping("/dialogues/{id}/applications")
	String apply(@PathVariable long id, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
			Principal principal, Model model, HttpServletResponse response) {
		this.organisations.membershipOf(principal.getName());
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("dialogue", this.dialogues.dialogue(id));
			return "civilsociety/apply";
		}
		try {
			this.dialogues.apply(principal.getName(), id, form);
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("dialogue", this.dialogues.dialogue(id));
			return "civilsociety/apply";
		}
		return "redirect:/dialogues/" + id;
	}

	@PostMapping("/dialogues/{id}/applications/{applicationId}/objections")
	String object(@PathVariable long id, @PathVariable long applicationId,
			@RequestParam(defaultValue = "") String reason, Principal principal, RedirectAttributes redirect) {
		try {
			this.dialogues.object(principal.getName(), id, applicationId, reason);
			redirect.addFlashAttribute("done", "civilsociety.dialogue.objected");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/dialogues/" + id;
	}

	@PostMapping("/dialogues/{id}/statements")
	String statement(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body, Principal principal, RedirectAttributes redirect) {
		if (!this.policy.may(principal.getName(), DialogueAction.TAKE_PART)) {
			throw new AccessDeniedException("only organisations send statements");
		}
		try {
			this.dialogues.submitStatement(principal.getName(), id, title, body);
			redirect.addFlashAttribute("done", "civilsociety.dialogue.statementSent");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("statementTitle", title);
			redirect.addFlashAttribute("statementBody", body);
		}
		return "redirect:/dialogues/" + id;
	}

}
