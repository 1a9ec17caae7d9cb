package org.palermo.civilsociety;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.palermo.cycle.CycleService;
import org.palermo.instruments.Instrument;
import org.palermo.system.UserInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Country input: an organisation writes it on a review and follows its status; the
 * secretariat follows it up.
 */
@Controller
class CountryInputController {

	private final CountryInputService inputs;

	private final CycleService cycle;

	private final OrganisationService organisations;

	private final NationalGroupService groups;

	CountryInputController(CountryInputService inputs, CycleService cycle, OrganisationService organisations,
			NationalGroupService groups) {
		this.groups = groups;
		this.inputs = inputs;
		this.cycle = cycle;
		this.organisations = organisations;
	}

	@GetMapping("/reviews/{id}/input")
	String form(@PathVariable long id, Principal principal, Model model) {
		if (!this.inputs.maySubmit(principal.getName(), id)) {
			throw new AccessDeniedException("may not submit input");
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InputForm.empty());
		}
		return formPage(id, model, principal);
	}

	@PostMapping("/reviews/{id}/input")
	String submit(@PathVariable long id, @Valid @ModelAttribute("form") InputForm form, BindingResult errors,
			@RequestParam(required = false) Long group, Principal principal, Model model,
			HttpServletResponse response) {
		if (!this.inputs.maySubmit(principal.getName(), id)) {
			throw new AccessDeniedException("may not submit input");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formPage(id, model, principal);
		}
		CountryInput input;
		try {
			input = this.inputs.submit(principal.getName(), id, form, group);
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessageKey());
			return formPage(id, model, principal);
		}
		return "redirect:/organisation/inputs/" + input.getId();
	}

	private String formPage(long id, Model model, Principal principal) {
		org.palermo.cycle.CountryReview review = this.cycle.review(id);
		model.addAttribute("review", review);
		model.addAttribute("groups", this.groups.contributableIn(principal.getName(), review.getStateUnderReview()));
		model.addAttribute("instruments", Instrument.values());
		model.addAttribute("reaches", InputReach.values());
		return "civilsociety/input-form";
	}

	@PostMapping("/organisation/inputs/{id}/files")
	String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Principal principal,
			RedirectAttributes redirect) throws IOException {
		this.organisations.membershipOf(principal.getName());
		try {
			this.inputs.attach(principal.getName(), id, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : null);
			redirect.addFlashAttribute("done", "nwg.done.attached");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/organisation/inputs/" + id;
	}

	@GetMapping("/inputs/{id}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, Principal principal) {
		CountryInputService.FileDownload file = this.inputs.download(id, fileId,
				(principal != null) ? principal.getName() : null);
		return NationalGroupController.attachment(file.fileName(), file.mediaType(), file.content());
	}

	@GetMapping("/organisation/inputs/{id}")
	String follow(@PathVariable long id, Principal principal, Model model) {
		this.organisations.membershipOf(principal.getName());
		CountryInputService.Followed followed = this.inputs.followed(id, principal.getName());
		model.addAttribute("followed", followed);
		model.addAttribute("review", this.cycle.review(followed.view().input().getReviewId()));
		return "civilsociety/input";
	}

	@GetMapping("/admin/inputs")
	String list(Model model) {
		java.util.List<CountryInputService.InputView> all = this.inputs.forSecretariat();
		java.util.Map<InputStatus, Long> perStatus = new java.util.EnumMap<>(InputStatus.class);
		for (InputStatus status : InputStatus.values()) {
			perStatus.put(status, all.stream().filter((v) -> v.input().getStatus() == status).count());
		}
		model.addAttribute("inputs", all);
		model.addAttribute("perStatus", perStatus);
		model.addAttribute("chartMax",
				Math.max(1, perStatus.values().stream().mapToLong(Long::longValue).max().orElse(1)));
		return "civilsociety/admin-inputs";
	}

	@GetMapping("/admin/inputs/{id}")
	String manage(@PathVariable long id, Principal principal, Model model) {
		CountryInputService.Followed followed = this.inputs.followed(id, principal.getName());
		model.addAttribute("followed", followed);
		model.addAttribute("review", this.cycle.review(followed.view().input().getReviewId()));
		model.addAttribute("actions", StatusChangeForm.Action.values());
		return "civilsociety/admin-input";
	}

	@PostMapping("/admin/inputs/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String action, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String reference, Principal principal, RedirectAttributes redirect) {
		StatusChangeForm.Action chosen = OrganisationController.parse(StatusChangeForm.Action.class, action);
		try {
			if (chosen == null) {
				throw new UserInputException("civilsociety.error.transition");
			}
			this.inputs.changeStatus(principal.getName(), id, version, new StatusChangeForm(chosen, reason, reference));
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("reason", reason);
			redirect.addFlashAttribute("reference", reference);
		}
		return "redirect:/admin/inputs/" + id;
	}

}
