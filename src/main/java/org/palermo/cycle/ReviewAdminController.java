package org.palermo.cycle;

import java.util.List;

import org.palermo.instruments.ThematicCluster;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat's table of every country review, filterable, with counts per phase. */
@Controller
class ReviewAdminController {

	/**
	 * Rows on one page of the table; the counts and the CSV cover every filtered review.
	 */
	static final int PAGE_SIZE = 100;

	private final ReviewIndex index;

	ReviewAdminController(ReviewIndex index) {
		this.index = index;
	}

	@GetMapping("/admin/reviews")
	String table(@RequestParam(required = false) Integer cycle, @RequestParam(required = false) Integer group,
			@RequestParam(required = false) ThematicCluster cluster, @RequestParam(required = false) ReviewPhase phase,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "1") int page,
			Model model) {
		ReviewIndex.Filter filter = new ReviewIndex.Filter(cycle, group, cluster, phase, overdue);
		List<WorkService.WorkItem> rows = this.index.rows(filter);
		var counts = ReviewIndex.countsPerPhase(rows);
		int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		model.addAttribute("filter", filter);
		model.addAttribute("total", rows.size());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("rows", rows.subList((current - 1) * PAGE_SIZE, Math.min(rows.size(), current * PAGE_SIZE)));
		model.addAttribute("counts", counts);
		model.addAttribute("countMax",
				Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1)));
		model.addAttribute("clusters", ThematicCluster.values());
		model.addAttribute("phases", ReviewPhase.values());
		return "cycle/reviews";
	}

	@GetMapping("/admin/reviews.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) Integer cycle,
			@RequestParam(required = false) Integer group, @RequestParam(required = false) ThematicCluster cluster,
			@RequestParam(required = false) ReviewPhase phase, @RequestParam(defaultValue = "false") boolean overdue) {
		List<WorkService.WorkItem> rows = this.index
			.rows(new ReviewIndex.Filter(cycle, group, cluster, phase, overdue));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reviews.csv\"")
			.body(ReviewIndex.csv(rows));
	}

}
