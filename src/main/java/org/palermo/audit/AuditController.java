package org.palermo.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat reads the audit trail, newest first. */
@Controller
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String entityType, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("events", this.audit.latest(entityType, page, 50));
		model.addAttribute("entityType", entityType);
		return "audit/list";
	}

}
