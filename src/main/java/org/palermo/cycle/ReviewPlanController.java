package org.palermo.cycle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.palermo.system.ConcurrentEditException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat re-plans a country review's deadlines, with a reason. */
@Controller
class ReviewPlanController {

	private final CycleService cycle;

	ReviewPlanController(CycleService cycle) {
		this.cycle = cycle;
	}

	@GetMapping("/admin/reviews/{id}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("review", this.cycle.review(id));
		model.addAttribute("steps", ReviewStep.values());
		model.addAttribute("replans", this.cycle.replans(id));
		return "cycle/plan";
	}

	@PostMapping("/admin/reviews/{id}")
	String replan(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<ReviewStep, LocalDate> deadlines = new EnumMap<>(ReviewStep.class);
		try {
			for (ReviewStep step : ReviewStep.values()) {
				String text = form.getOrDefault(step.name(), "");
				if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
					throw new DateTimeException(text);
				}
				deadlines.put(step, LocalDate.parse(text));
			}
		}
		catch (DateTimeException ex) {
			model.addAttribute("error", "plan.error.date");
			return plan(id, model);
		}
		try {
			this.cycle.replan(id, version, deadlines, form.get("reason"));
		}
		catch (ReviewActionRefusedException ex) {
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("reason", form.get("reason"));
			return plan(id, model);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", "problem.409.detail");
			model.addAttribute("reason", form.get("reason"));
			return plan(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/reviews/" + id;
	}

}
