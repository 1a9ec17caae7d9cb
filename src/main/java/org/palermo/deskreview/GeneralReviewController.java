package org.palermo.deskreview;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The secretariat's general review: tables and charts, CSV and XLSX. */
@Controller
class GeneralReviewController {

	private final GeneralReviewService general;

	GeneralReviewController(GeneralReviewService general) {
		this.general = general;
	}

	@GetMapping("/admin/general-review")
	String page(Model model) {
		model.addAttribute("review", this.general.counts());
		return "deskreview/general-review";
	}

	@GetMapping("/admin/general-review.csv")
	ResponseEntity<byte[]> csv(Locale locale) {
		return file(this.general.csv(this.general.counts(), locale).getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), "general-review.csv");
	}

	@GetMapping("/admin/general-review.xlsx")
	ResponseEntity<byte[]> xlsx(Locale locale) {
		return file(this.general.xlsx(this.general.counts(), locale),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"general-review.xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

}
