package org.palermo.documents;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The secretariat's search screen: how many items are indexed, and a full re-index. */
@Controller
class SearchAdminController {

	private final SearchService search;

	SearchAdminController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/admin/search")
	String status(Model model) {
		model.addAttribute("progress", this.search.progress());
		model.addAttribute("indexed", this.search.indexed());
		return "documents/admin";
	}

	@PostMapping("/admin/search/reindex")
	String reindex() {
		return this.search.startReindex() ? "redirect:/admin/search?started" : "redirect:/admin/search?running";
	}

}
