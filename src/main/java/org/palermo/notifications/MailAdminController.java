package org.palermo.notifications;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat follows mail delivery: each mail's state, attempts and last error
 * (never its text, which may hold a one-use link), and sends a failed one again.
 */
@Controller
class MailAdminController {

	private final MailService mail;

	MailAdminController(MailService mail) {
		this.mail = mail;
	}

	@GetMapping("/admin/mail")
	String list(@RequestParam(required = false) String status, Model model) {
		MailMessage.Delivery only = null;
		if (status != null && !status.isBlank()) {
			try {
				only = MailMessage.Delivery.valueOf(status.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				only = null;
			}
		}
		model.addAttribute("messages", this.mail.recent(only));
		java.util.Map<MailMessage.Delivery, Long> counts = this.mail.counts();
		model.addAttribute("counts", counts);
		model.addAttribute("countMax", counts.values().stream().mapToLong(Long::longValue).max().orElse(0));
		model.addAttribute("status", only);
		model.addAttribute("smtp", this.mail.isSmtpConfigured());
		return "notifications/mail";
	}

	@PostMapping("/admin/mail/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.mail.retry(id);
		redirect.addFlashAttribute("message", "notifications.mail.requeued");
		return "redirect:/admin/mail";
	}

}
