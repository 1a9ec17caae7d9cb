package org.palermo.civilsociety;

import java.security.Principal;

import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat verifies or rejects the organisations that registered. */
@Controller
class OrganisationAdminController {

	private final OrganisationService organisations;

	OrganisationAdminController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/admin/organisations")
	String list(Model model) {
		model.addAttribute("organisations", this.organisations.forSecretariat());
		return "civilsociety/admin-organisations";
	}

	@PostMapping("/admin/organisations/{id}/verify")
	String verify(@PathVariable long id, @RequestParam long version, Principal principal, RedirectAttributes redirect) {
		try {
			this.organisations.verify(id, version, principal.getName());
			redirect.addFlashAttribute("done", "civilsociety.admin.verified");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/admin/organisations";
	}

	@PostMapping("/admin/organisations/{id}/reject")
	String reject(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.organisations.reject(id, version, principal.getName(), reason);
			redirect.addFlashAttribute("done", "civilsociety.admin.rejected");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/admin/organisations";
	}

}
