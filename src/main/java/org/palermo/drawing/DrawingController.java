package org.palermo.drawing;

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

	DrawingController(DrawingService drawings) {
		this.drawings = drawings;
	}

	@GetMapping("/drawings")
	String list(Model model) {
		model.addAttribute("drawings", this.drawings.all());
		return "drawing/list";
	}

	@GetMapping("/drawings/{id}")
	String show(@PathVariable long id, Model model) {
		Drawing drawing = this.drawings.drawing(id);
		model.addAttribute("drawing", drawing);
		model.addAttribute("statesUnderReview", this.drawings.statesUnderReview(drawing));
		model.addAttribute("draw", this.drawings.result(drawing));
		model.addAttribute("split", this.drawings.groups(drawing));
		model.addAttribute("failure", this.drawings.failure(drawing));
		return "drawing/show";
	}

}
