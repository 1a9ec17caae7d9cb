package org.palermo.questionnaires;

import java.security.Principal;

import org.palermo.instruments.ThematicCluster;
import org.palermo.system.Languages;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's editor of template versions (under /admin, the secretariat only):
 * draft the next version of a cluster, change its questions, publish it. A refused change
 * comes back with its reason and the words typed.
 */
@Controller
class TemplateAdminController {

	private static final String BASE = "/admin/questionnaire-templates";

	private final TemplateService templates;

	TemplateAdminController(TemplateService templates) {
		this.templates = templates;
	}

	@GetMapping(BASE)
	String versions(Model model) {
		model.addAttribute("versions", this.templates.versions());
		model.addAttribute("clusters", ThematicCluster.values());
		return "questionnaires/templates";
	}

	@PostMapping(BASE)
	String draft(@RequestParam(required = false) ThematicCluster cluster, RedirectAttributes redirect) {
		if (cluster == null) {
			throw new UserInputException("questionnaire.template.error.section");
		}
		try {
			return "redirect:" + BASE + "/" + this.templates.draftNextVersion(cluster).getId();
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:" + BASE;
		}
	}

	@GetMapping(BASE + "/{id}")
	String version(@PathVariable long id, Model model) {
		model.addAttribute("template", this.templates.template(id));
		model.addAttribute("languages", Languages.CODES);
		model.addAttribute("kinds", QuestionKind.values());
		return "questionnaires/template";
	}

	@PostMapping(BASE + "/{id}/questions/{key}/text")
	String write(@PathVariable long id, @PathVariable String key, @RequestParam(required = false) String language,
			@RequestParam(required = false) String prompt, @RequestParam(required = false) String guidance,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("typed", java.util.Map.of("language", nonNull(language), "prompt", nonNull(prompt),
				"guidance", nonNull(guidance)));
		return change(id, key, redirect, () -> this.templates.write(id, key, language, prompt, guidance));
	}

	@PostMapping(BASE + "/{id}/questions/{key}/id")
	String rekey(@PathVariable long id, @PathVariable String key, @RequestParam(required = false) String newId,
			RedirectAttributes redirect) {
		return change(id, key, redirect, () -> this.templates.rekey(id, key, newId));
	}

	@PostMapping(BASE + "/{id}/questions/{key}/remove")
	String remove(@PathVariable long id, @PathVariable String key, RedirectAttributes redirect) {
		return change(id, key, redirect, () -> this.templates.remove(id, key));
	}

	@PostMapping(BASE + "/{id}/questions")
	String add(@PathVariable long id, @RequestParam(required = false) String section,
			@RequestParam(required = false) String key, @RequestParam(required = false) QuestionKind kind,
			@RequestParam(required = false) String prompt, @RequestParam(required = false) String guidance,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("typed", java.util.Map.of("section", nonNull(section), "key", nonNull(key), "prompt",
				nonNull(prompt), "guidance", nonNull(guidance)));
		return change(id, "add", redirect, () -> this.templates.add(id, section, key, kind, prompt, guidance));
	}

	@PostMapping(BASE + "/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return change(id, null, redirect, () -> this.templates.publishDraft(id));
	}

	private String change(long id, String key, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("changed", true);
			redirect.getFlashAttributes().remove("typed");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("errorQuestion", key);
		}
		return "redirect:" + BASE + "/" + id + ((key != null && !key.equals("add")) ? "#t-" + key : "");
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
