package org.palermo.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The secretariat reads the mail Palermo would have sent when no mail server is
 * configured.
 */
@Controller
class OutboxController {

	private final MailService mail;

	OutboxController(MailService mail) {
		this.mail = mail;
	}

	@GetMapping("/admin/outbox")
	String outbox(Model model) {
		model.addAttribute("messages", this.mail.outbox());
		model.addAttribute("smtp", this.mail.isSmtpConfigured());
		return "notifications/outbox";
	}

}
