package org.palermo.deskreview;

import java.util.Locale;

import org.palermo.cycle.CycleService;
import org.palermo.instruments.InstrumentService;
import org.palermo.system.Languages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of a State's published review documents: only what its focal point
 * published, as it was when published.
 */
@Controller
class PublishedDocumentsController {

	private final PublicationService publications;

	private final CycleService cycle;

	private final InstrumentService instruments;

	PublishedDocumentsController(PublicationService publications, CycleService cycle, InstrumentService instruments) {
		this.publications = publications;
		this.cycle = cycle;
		this.instruments = instruments;
	}

	@GetMapping("/parties/{code}/reviews/{id}/observations")
	String list(@PathVariable String code, @PathVariable long id, Model model) {
		model.addAttribute("list", this.publications.publishedList(code, id));
		model.addAttribute("review", this.cycle.review(id));
		model.addAttribute("articles", this.instruments);
		model.addAttribute("docLanguages", Languages.CODES);
		return "deskreview/public-observations";
	}

	@GetMapping("/parties/{code}/reviews/{id}/summary")
	String summary(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String lang,
			Locale locale, Model model) {
		PublishedDocuments.PublishedSummary summary = this.publications.publishedSummary(code, id);
		String shown = (lang != null && summary.texts().containsKey(lang)) ? lang
				: summary.texts().containsKey(locale.getLanguage()) ? locale.getLanguage() : summary.sourceLanguage();
		model.addAttribute("summary", summary);
		model.addAttribute("shown", shown);
		model.addAttribute("rtl", "ar".equals(shown));
		model.addAttribute("languages", Languages.CODES.stream().filter(summary.texts()::containsKey).toList());
		model.addAttribute("review", this.cycle.review(id));
		return "deskreview/public-summary";
	}

}
