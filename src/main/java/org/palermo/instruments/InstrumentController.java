package org.palermo.instruments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of the instruments and how their articles are clustered. */
@Controller
class InstrumentController {

	private final InstrumentService instruments;

	InstrumentController(InstrumentService instruments) {
		this.instruments = instruments;
	}

	@GetMapping("/instruments")
	String instruments(Model model) {
		model.addAttribute("articlesByInstrument", this.instruments.articlesByInstrument());
		return "instruments/index";
	}

}
