package org.palermo.drawing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.palermo.cycle.CycleService;
import org.palermo.drawing.engine.DrawInput;
import org.palermo.instruments.ThematicCluster;
import org.palermo.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat prepares drawings and reveals their seeds. */
@Controller
class DrawingAdminController {

	private final DrawingService drawings;

	private final CycleService cycle;

	private final DrawingRuns runs;

	private final DrawingRequests requests;

	private final Clock clock;

	DrawingAdminController(DrawingService drawings, CycleService cycle, DrawingRuns runs, DrawingRequests requests,
			Clock clock) {
		this.requests = requests;
		this.clock = clock;
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
	String prepare(@Valid @ModelAttribute("form") DrawingForm form, BindingResult errors, Model model,
			Principal principal) {
		if (errors.hasErrors()) {
			return "drawing/new";
		}
		try {
			List<String> states = form.statesUnderReview().isBlank() && form.reviewGroup() != null
					? this.cycle.membersOf(form.reviewGroup()) : DrawingService.codes(form.statesUnderReview());
			ThematicCluster cluster = ThematicCluster.valueOf(form.cluster());
			DrawInput.Rules rules = new DrawInput.Rules(form.maxReviewsPerState(), form.maxReviewingStates(),
					Boolean.TRUE.equals(form.mutualReviewsAllowed()));
			// The quick checks here, the engine's off the request thread.
			this.drawings.checkBeforePrepare(cluster, states, form.publicValueSource(), form.confirmedGaps());
			DrawingRequests.Request request = this.requests.start(principal.getName(), null, form,
					() -> this.drawings.prepare(form.title(), form.reviewGroup(), cluster, states, rules,
							form.publicValueSource(), form.confirmedGaps()));
			return "redirect:/admin/drawings/requests/" + request.getToken();
		}
		catch (DrawingRefusedException ex) {
			return refused(ex, model);
		}
	}

	/** The form again, as typed, with why the drawing was not prepared. */
	private static String refused(DrawingRefusedException ex, Model model) {
		if (ex instanceof UnconfirmedGapsException gaps) {
			// Asked again, with every field as typed and a box per gap to tick.
			model.addAttribute("gaps", gaps.getGaps());
			return "drawing/new";
		}
		model.addAttribute("error", ex.getMessageKey());
		model.addAttribute("detail", ex.getDetail());
		model.addAttribute("explanations", ex.getExplanations());
		return "drawing/new";
	}

	/**
	 * A preparation under way: the page refreshes itself until the drawing is committed
	 * (then its page) or refused (then the form as typed, with the explanation).
	 */
	@GetMapping("/admin/drawings/requests/{token}")
	String request(@PathVariable String token, Principal principal, Model model, HttpServletResponse response) {
		DrawingRequests.Request request = this.requests.of(token, principal.getName(), null);
		if (request == null) {
			throw new NotFoundException("drawing request");
		}
		if (request.isRunning()) {
			response.setHeader("Refresh", "2");
			model.addAttribute("request", request);
			model.addAttribute("elapsed", request.elapsedSeconds(this.clock));
			model.addAttribute("percent", request.percentOfLimit(this.clock));
			model.addAttribute("back", "/admin/drawings/new");
			model.addAttribute("self", "/admin/drawings/requests/" + token);
			return "drawing/request";
		}
		if (request.getDrawingId() != null) {
			return "redirect:/drawings/" + request.getDrawingId();
		}
		model.addAttribute("form", request.getTyped());
		return refused(request.getRefusal(), model);
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
			Model model) {
		try {
			// The lots are drawn off the request thread; the drawing's page shows
			// progress. A stale page, or a reveal someone else started meanwhile, is a
			// conflict: the 409 page of the whole application says what changed.
			this.runs.start(id, version, publicValue);
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
			Model model) {
		try {
			this.drawings.cancel(id, version, reason);
		}
		catch (DrawingRefusedException ex) {
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("reason", reason);
			return confirmCancel(id, model);
		}
		return "redirect:/drawings/" + id;
	}

}
