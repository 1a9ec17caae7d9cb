package org.palermo.instruments;

import jakarta.validation.Valid;

import org.palermo.system.ConcurrentEditException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's screen for the article-to-cluster mapping, with its history. */
@Controller
class ClusterMappingController {

	private final InstrumentService instruments;

	ClusterMappingController(InstrumentService instruments) {
		this.instruments = instruments;
	}

	@ModelAttribute("clusterValues")
	ThematicCluster[] clusterValues() {
		return ThematicCluster.values();
	}

	@GetMapping("/admin/clusters")
	String mapping(Model model) {
		model.addAttribute("articlesByInstrument", this.instruments.articlesByInstrument());
		model.addAttribute("recentChanges", this.instruments.recentChanges());
		return "instruments/clusters";
	}

	@GetMapping("/admin/clusters/articles/{id}")
	String article(@PathVariable long id, Model model) {
		Article article = this.instruments.article(id);
		model.addAttribute("article", article);
		model.addAttribute("history", this.instruments.historyOf(id));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ClusterMappingForm(article.getVersion(),
					(article.getCluster() != null) ? article.getCluster().name() : "NONE", ""));
		}
		return "instruments/article";
	}

	@PostMapping("/admin/clusters/articles/{id}")
	String move(@PathVariable long id, @Valid @ModelAttribute("form") ClusterMappingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("article", this.instruments.article(id));
			model.addAttribute("history", this.instruments.historyOf(id));
			return "instruments/article";
		}
		try {
			this.instruments.moveArticle(id, form.version(), form.targetCluster(), form.reason());
		}
		catch (ConcurrentEditException ex) {
			model.addAttribute("article", this.instruments.article(id));
			model.addAttribute("history", this.instruments.historyOf(id));
			model.addAttribute("conflict", true);
			return "instruments/article";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/clusters/articles/" + id;
	}

}
