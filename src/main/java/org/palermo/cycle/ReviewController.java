package org.palermo.cycle;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
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
 * The page of one country review: public States and phase; for its members and the
 * secretariat, people, timeline and the actions the policy allows; sections from other
 * modules.
 */
@Controller
class ReviewController {

	private static final Set<String> PHASE_ACTIONS = Set.of("advance", "suspend", "resume", "close", "cancel");

	private final CycleService cycle;

	private final ReviewPeopleService people;

	private final ReviewPolicy policy;

	private final List<ReviewSection> sections;

	ReviewController(CycleService cycle, ReviewPeopleService people, ReviewPolicy policy,
			List<ReviewSection> sections) {
		this.cycle = cycle;
		this.people = people;
		this.policy = policy;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ReviewSection::order)).toList();
	}

	@GetMapping("/reviews/{id}")
	String show(@PathVariable long id, Principal principal, Model model) {
		CountryReview review = this.cycle.review(id);
		String viewer = (principal != null) ? principal.getName() : null;
		ReviewPolicy.Allowed allowed = this.policy.allowed(viewer, review);
		boolean seesPeople = allowed.actions().contains(ReviewAction.VIEW_PEOPLE);
		List<ReviewPeopleService.Person> everyone = this.people.people(id);
		List<PhaseChange> changes = this.cycle.phaseChanges(id);
		model.addAttribute("review", review);
		model.addAttribute("allowed", allowed);
		model.addAttribute("seesPeople", seesPeople);
		model.addAttribute("people", seesPeople ? everyone : List.of());
		model.addAttribute("timeline",
				ReviewTimeline.of(review, everyone.stream().map(ReviewPeopleService.Person::member).toList(), changes));
		model.addAttribute("phaseChanges", changes);
		model.addAttribute("replans", seesPeople ? this.cycle.replans(id) : List.of());
		model.addAttribute("sections",
				this.sections.stream().map((s) -> s.render(review, viewer)).filter(Objects::nonNull).toList());
		model.addAttribute("roles", ReviewRole.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NamingForm(null, null, null, null, null, null, null, null));
		}
		return "cycle/review";
	}

	@PostMapping("/reviews/{id}/people")
	String name(@PathVariable long id, @ModelAttribute NamingForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			// Only a date or a role can fail to bind: the person is told which, nothing
			// lost.
			redirect.addFlashAttribute("error",
					binding.hasFieldErrors("noteVerbaleDate") ? "people.error.noteVerbaleDate" : "people.error.role");
			return "redirect:/reviews/" + id + "#people";
		}
		try {
			this.people.name(id, form);
			redirect.addFlashAttribute("named", true);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone named the same place at the same moment: the database kept one.
			throw new ConcurrentEditException("member " + id);
		}
		catch (org.palermo.system.UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/reviews/" + id + "#people";
	}

	@PostMapping("/reviews/{id}/people/{memberId}/end")
	String end(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
		this.people.end(id, memberId);
		redirect.addFlashAttribute("ended", true);
		return "redirect:/reviews/" + id + "#people";
	}

	/** Asks once more before a change of phase, saying what will happen. */
	@GetMapping("/reviews/{id}/phase/{action}")
	String confirmPhase(@PathVariable long id, @PathVariable String action, Principal principal, Model model) {
		requirePhaseAction(id, action, principal);
		model.addAttribute("review", this.cycle.review(id));
		model.addAttribute("action", action);
		return "cycle/phase";
	}

	@PostMapping("/reviews/{id}/phase/{action}")
	String changePhase(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Principal principal, Model model,
			RedirectAttributes redirect) {
		requirePhaseAction(id, action, principal);
		if (version == null) {
			throw new org.palermo.system.ConcurrentEditException("review " + id);
		}
		try {
			switch (action) {
				case "advance" -> this.cycle.advance(id, version);
				case "suspend" -> this.cycle.suspend(id, version, reason);
				case "resume" -> this.cycle.resume(id, version);
				case "close" -> this.cycle.close(id, version);
				default -> this.cycle.cancel(id, version, reason);
			}
		}
		catch (ReviewActionRefusedException ex) {
			model.addAttribute("error", ex.getMessageKey());
			return confirmPhase(id, action, principal, model);
		}
		redirect.addFlashAttribute("phaseChanged", true);
		return "redirect:/reviews/" + id;
	}

	private void requirePhaseAction(long id, String action, Principal principal) {
		if (!PHASE_ACTIONS.contains(action)) {
			throw new NotFoundException("action");
		}
		if (!this.policy.may((principal != null) ? principal.getName() : null, ReviewAction.CHANGE_PHASE, id)) {
			throw new AccessDeniedException("review " + id);
		}
	}

}
