package org.palermo.cycle;

import java.security.Principal;

import org.palermo.instruments.ThematicCluster;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The timeline of one review, for its people and the secretariat, and the secretariat's
 * dashboard of every working review by step.
 */
@Controller
class TimelineController {

	private final TimelineService timelines;

	private final ReviewPolicy policy;

	TimelineController(TimelineService timelines, ReviewPolicy policy) {
		this.timelines = timelines;
		this.policy = policy;
	}

	@GetMapping("/reviews/{id}/timeline")
	String timeline(@PathVariable long id, Principal principal, Model model) {
		// Who is awaited and any delay are the review's internal business: the same
		// readers as its people.
		if (!this.policy.may((principal != null) ? principal.getName() : null, ReviewAction.VIEW_PEOPLE, id)) {
			throw new AccessDeniedException("review " + id);
		}
		model.addAttribute("timeline", this.timelines.of(id));
		return "cycle/timeline";
	}

	@GetMapping("/admin/reviews/steps")
	String dashboard(@RequestParam(required = false) ThematicCluster cluster,
			@RequestParam(required = false) ReviewStep step, @RequestParam(defaultValue = "false") boolean overdue,
			Model model) {
		model.addAttribute("dashboard",
				this.timelines.dashboard(new TimelineService.StepFilter(cluster, step, overdue)));
		model.addAttribute("clusters", ThematicCluster.values());
		model.addAttribute("steps", TimelineService.workingSteps());
		return "cycle/steps";
	}

}
