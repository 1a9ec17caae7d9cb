package org.palermo.civilsociety;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following a country by mail: the form on the country page, the confirmation link, the
 * link to leave. Each link opens a page with one button, so a mail scanner that opens
 * links changes nothing.
 */
@Controller
class SubscriptionController {

	private final SubscriptionService subscriptions;

	SubscriptionController(SubscriptionService subscriptions) {
		this.subscriptions = subscriptions;
	}

	@PostMapping("/subscriptions")
	String subscribe(@RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String email,
			Locale locale, Model model, HttpServletResponse response) {
		try {
			this.subscriptions.subscribe(country, email, locale);
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("country", country);
			model.addAttribute("email", email);
			return "civilsociety/subscription";
		}
		model.addAttribute("state", "asked");
		model.addAttribute("email", email.strip());
		return "civilsociety/subscription";
	}

	@GetMapping("/subscriptions/{token}/confirm")
	String confirmation(@PathVariable String token, Model model, HttpServletResponse response) {
		return page(this.subscriptions.toConfirm(token).isPresent(), "confirm", token, model, response);
	}

	@PostMapping("/subscriptions/{token}/confirm")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		return page(this.subscriptions.confirm(token), "confirmed", token, model, response);
	}

	@GetMapping("/subscriptions/{token}/unsubscribe")
	String leaving(@PathVariable String token, Model model, HttpServletResponse response) {
		return page(this.subscriptions.toLeave(token).isPresent(), "leave", token, model, response);
	}

	@PostMapping("/subscriptions/{token}/unsubscribe")
	String leave(@PathVariable String token, Model model, HttpServletResponse response) {
		return page(this.subscriptions.unsubscribe(token), "left", token, model, response);
	}

	private static String page(boolean found, String state, String token, Model model, HttpServletResponse response) {
		if (!found) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("state", "unknown");
		}
		else {
			model.addAttribute("state", state);
			model.addAttribute("token", token);
		}
		return "civilsociety/subscription";
	}

}
