package org.palermo.drawing;

import jakarta.validation.Valid;

import java.util.List;

import org.palermo.cycle.CycleService;
import org.palermo.drawing.engine.DrawInput;
import org.palermo.instruments.ThematicCluster;
import org.palermo.system.ConcurrentEditException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat prepares drawings and reveals their seeds. */
@Controller
class DrawingAdminController {

	private final DrawingService drawings;

	private final CycleService cycle;

	private final DrawingRuns runs;

	DrawingAdminController(DrawingService drawings, CycleService cycle, DrawingRuns runs) {
		this.drawings = drawings;
		this.cycle = cycle;
		this.runs = runs;
	}

	@GetMapping("/admin/drawings/new")
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DrawingForm.empty());
		}
		return "drawing/new";
	}

	@PostMapping("/admin/drawings")
	String prepare(@Valid @ModelAttribute("form") DrawingForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return "drawing/new";
		}
		try {
			List<String> states = form.statesUnderReview().isBlank() && form.reviewGroup() != null
					? this.cycle.membersOf(form.reviewGroup()) : DrawingService.codes(form.statesUnderReview());
			Drawing drawing = this.drawings.prepare(form.title(), form.reviewGroup(),
					ThematicCluster.valueOf(form.cluster()), states,
					new DrawInput.Rules(form.maxReviewsPerState(), form.maxReviewingStates(),
							Boolean.TRUE.equals(form.mutualReviewsAllowed())),
					form.publicValueSource(), form.confirmedGaps());
			return "redirect:/drawings/" + drawing.getId();
		}
		catch (UnconfirmedGapsException ex) {
			// Asked again, with every field as typed and a box per gap to tick.
			model.addAttribute("gaps", ex.getGaps());
			return "drawing/new";
		}
		catch (DrawingRefusedException ex) {
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("detail", ex.getDetail());
			model.addAttribute("explanations", ex.getExplanations());
			return "drawing/new";
		}
	}

	@PostMapping("/admin/drawings/split")
	String split(@RequestParam String title, @RequestParam int groups, Model model) {
		if (title.isBlank() || title.length() > 200) {
			model.addAttribute("form", DrawingForm.empty());
			model.addAttribute("splitError", "validation.required");
			return "drawing/new";
		}
		try {
			return "redirect:/drawings/" + this.drawings.prepareGroupSplit(title, groups).getId();
		}
		catch (DrawingRefusedException ex) {
			model.addAttribute("form", DrawingForm.empty());
			model.addAttribute("splitError", ex.getMessageKey());
			return "drawing/new";
		}
	}

	/** Says what revealing will do ("opens 64 country reviews") and asks once more. */
	@GetMapping("/admin/drawings/{id}/reveal")
	String confirmReveal(@PathVariable long id, Model model) {
		Drawing drawing = this.drawings.drawing(id);
		model.addAttribute("drawing", drawing);
		model.addAttribute("opens", this.drawings.reviewsOpenedByReveal(drawing));
		model.addAttribute("action", "reveal");
		return "drawing/confirm";
	}

	@PostMapping("/admin/drawings/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String publicValue,
			Model model, RedirectAttributes redirect) {
		try {
			// The lots are drawn off the request thread; the drawing's page shows
			// progress.
			this.runs.start(id, version, publicValue);
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("error", "drawing.error.alreadyRevealed");
		}
		catch (DrawingRefusedException ex) {
			// Asked again, with what was typed.
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("publicValue", publicValue);
			return confirmReveal(id, model);
		}
		return "redirect:/drawings/" + id;
	}

	@GetMapping("/admin/drawings/{id}/cancel")
	String confirmCancel(@PathVariable long id, Model model) {
		model.addAttribute("drawing", this.drawings.drawing(id));
		model.addAttribute("action", "cancel");
		return "drawing/confirm";
	}

	@PostMapping("/admin/drawings/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		try {
			this.drawings.cancel(id, version, reason);
		}
		catch (DrawingRefusedException ex) {
			model.addAttribute("error", ex.getMessageKey());
			return confirmCancel(id, model);
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("error", "drawing.error.alreadyRevealed");
		}
		return "redirect:/drawings/" + id;
	}

}
