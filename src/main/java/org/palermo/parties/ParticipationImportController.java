package org.palermo.parties;

import java.io.IOException;

import org.palermo.system.ConcurrentEditException;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's import of an updated participation file, through a preview. */
@Controller
class ParticipationImportController {

	private final ParticipationImportService imports;

	ParticipationImportController(ParticipationImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/participation")
	String index(Model model) {
		model.addAttribute("imports", this.imports.recent());
		return "parties/import";
	}

	@PostMapping("/admin/participation/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file == null) {
			redirect.addFlashAttribute("error", "import.error.empty");
			return "redirect:/admin/participation";
		}
		try {
			long id = this.imports.upload(file.getOriginalFilename(), file.getBytes());
			return "redirect:/admin/participation/imports/" + id;
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/admin/participation";
		}
	}

	@GetMapping("/admin/participation/imports/{id}")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("preview", this.imports.preview(id));
		return "parties/preview";
	}

	@PostMapping("/admin/participation/imports/{id}/apply")
	String apply(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		if (!confirmed) {
			// Applying changes the recorded participation of every State listed: asked
			// twice.
			redirect.addFlashAttribute("error", "import.error.confirm");
			return "redirect:/admin/participation/imports/" + id;
		}
		try {
			redirect.addFlashAttribute("applied", this.imports.apply(id, version));
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("error", "import.error.conflict");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/admin/participation/imports/" + id;
	}

	@PostMapping("/admin/participation/imports/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.imports.discard(id);
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("error", "import.error.conflict");
		}
		return "redirect:/admin/participation";
	}

}
