package org.palermo.drawing;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of the drawings: inputs, commitment, seed once revealed, result, how
 * to verify.
 */
@Controller
class DrawingController {

	private final DrawingService drawings;

	private final DrawingRuns runs;

	DrawingController(DrawingService drawings, DrawingRuns runs) {
		this.drawings = drawings;
		this.runs = runs;
	}

	@GetMapping("/drawings")
	String list(Model model) {
		model.addAttribute("drawings", this.drawings.all());
		return "drawing/list";
	}

	@GetMapping("/drawings/{id}")
	String show(@PathVariable long id, Model model, HttpServletResponse response) {
		DrawingRuns.Run run = this.runs.of(id);
		// Whether it runs is read before the drawing: a run that ends in between has
		// committed its result, so the drawing read after shows it (read the other way
		// round, the page could show neither the progress nor the result).
		boolean running = run != null && run.isRunning();
		Drawing drawing = this.drawings.drawing(id);
		if (running) {
			// Works without JavaScript: the browser asks again every 2 seconds until the
			// result is there.
			response.setHeader("Refresh", "2");
			model.addAttribute("run", run);
		}
		else if (run != null && run.getErrorKey() != null && drawing.getStatus() == Drawing.Status.COMMITTED) {
			model.addAttribute("run", run);
		}
		model.addAttribute("drawing", drawing);
		model.addAttribute("statesUnderReview", this.drawings.statesUnderReview(drawing));
		model.addAttribute("draw", this.drawings.result(drawing));
		model.addAttribute("split", this.drawings.groups(drawing));
		model.addAttribute("failure", this.drawings.failure(drawing));
		return "drawing/show";
	}

}
