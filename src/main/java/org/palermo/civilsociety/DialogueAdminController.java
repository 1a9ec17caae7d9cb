package org.palermo.civilsociety;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat schedules constructive dialogues, sets the speakers' list and publishes
 * the summary.
 */
@Controller
class DialogueAdminController {

	private final DialogueService dialogues;

	DialogueAdminController(DialogueService dialogues) {
		this.dialogues = dialogues;
	}

	@GetMapping("/admin/dialogues")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DialogueForm.empty());
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("dialogues", this.dialogues.all());
		model.addAttribute("themes", WorkingGroup.values());
		model.addAttribute("formats", DialogueFormat.values());
		return "civilsociety/admin-dialogues";
	}

	@PostMapping("/admin/dialogues")
	String schedule(@Valid @ModelAttribute("form") DialogueForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", "civilsociety.error.dialogue");
			return page(model);
		}
		ConstructiveDialogue dialogue;
		try {
			dialogue = this.dialogues.schedule(form);
		}
		catch (UserInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessageKey());
			return page(model);
		}
		return "redirect:/admin/dialogues/" + dialogue.getId();
	}

	@GetMapping("/admin/dialogues/{id}")
	String manage(@PathVariable long id, Model model) {
		this.dialogues.settleDueQuietly();
		model.addAttribute("dialogue", this.dialogues.dialogue(id));
		model.addAttribute("applications", this.dialogues.applications(id));
		model.addAttribute("participants", this.dialogues.participants(id));
		model.addAttribute("speakers", this.dialogues.speakers(id));
		model.addAttribute("now", this.dialogues.now());
		return "civilsociety/admin-dialogue";
	}

	@PostMapping("/admin/dialogues/{id}/speakers")
	String addSpeaker(@PathVariable long id, @RequestParam(defaultValue = "0") long applicationId,
			@RequestParam(defaultValue = "") String speaker, @RequestParam(defaultValue = "") String startsAt,
			@RequestParam(defaultValue = "0") int minutes, RedirectAttributes redirect) {
		try {
			LocalDateTime start;
			try {
				start = LocalDateTime.parse(startsAt);
			}
			catch (DateTimeParseException ex) {
				throw new UserInputException("civilsociety.error.slot");
			}
			this.dialogues.addSpeaker(id, applicationId, speaker, start, minutes);
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("speaker", speaker);
		}
		return "redirect:/admin/dialogues/" + id;
	}

	@PostMapping("/admin/dialogues/{id}/summary")
	String summary(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String summary,
			RedirectAttributes redirect) {
		try {
			this.dialogues.publishSummary(id, version, summary);
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("summary", summary);
		}
		return "redirect:/admin/dialogues/" + id;
	}

}
