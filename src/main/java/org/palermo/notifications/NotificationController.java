package org.palermo.notifications;

import java.security.Principal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's inbox and their choice of mail for each kind. */
@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String inbox(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean unread,
			Principal principal, Model model) {
		NotificationKind chosen = kind(kind);
		model.addAttribute("entries", this.notifications.inbox(principal.getName(), chosen, unread));
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("kind", chosen);
		model.addAttribute("unread", unread);
		return "notifications/inbox";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id, Principal principal) {
		this.notifications.markRead(principal.getName(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String readAll(Principal principal, RedirectAttributes redirect) {
		this.notifications.markAllRead(principal.getName());
		redirect.addFlashAttribute("message", "notifications.allRead");
		return "redirect:/notifications";
	}

	@GetMapping("/account/notifications")
	String choices(Principal principal, Model model) {
		model.addAttribute("choices", this.notifications.choices(principal.getName()));
		model.addAttribute("deliveries", NotificationPreference.Delivery.values());
		return "notifications/preferences";
	}

	@PostMapping("/account/notifications")
	String choose(@RequestParam Map<String, String> form, Principal principal, RedirectAttributes redirect) {
		Map<NotificationKind, NotificationPreference.Delivery> choices = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			String value = form.get(kind.name());
			if (value != null) {
				try {
					choices.put(kind, NotificationPreference.Delivery.valueOf(value));
				}
				catch (IllegalArgumentException ex) {
					redirect.addFlashAttribute("error", "notifications.choices.invalid");
					return "redirect:/account/notifications";
				}
			}
		}
		this.notifications.choose(principal.getName(), choices);
		redirect.addFlashAttribute("message", "notifications.choices.saved");
		return "redirect:/account/notifications";
	}

	static NotificationKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return NotificationKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
