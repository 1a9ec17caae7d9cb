package org.palermo.documents;

import java.io.IOException;
import java.security.Principal;

import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.system.UserInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The library's pages: search with facets (no JavaScript needed), a document, uploads.
 */
@Controller
class LibraryController {

	private final SearchService search;

	private final DocumentService documents;

	private final AccountService accounts;

	LibraryController(SearchService search, DocumentService documents, AccountService accounts) {
		this.search = search;
		this.documents = documents;
		this.accounts = accounts;
	}

	@GetMapping("/library")
	String library(@RequestParam(required = false) String q, @RequestParam(required = false) String language,
			@RequestParam(required = false) String country, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String article, @RequestParam(required = false) String type,
			@RequestParam(required = false) String year, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page, Principal principal, Model model) {
		// "lang" chooses the page's language (see WebConfiguration); "language" filters.
		SearchQuery query = new SearchQuery(q, language, country, instrument, article, type, year, "date".equals(sort),
				page, 10);
		try {
			model.addAttribute("results", this.search.search(query, DocumentApiController.name(principal)));
		}
		catch (UserInputException ex) {
			model.addAttribute("error", ex.getMessageKey());
			query = new SearchQuery(q, null, null, null, null, null, null, false, 1, 10);
			model.addAttribute("results", this.search.search(query, DocumentApiController.name(principal)));
		}
		model.addAttribute("query", query);
		model.addAttribute("links", new LibraryLinks(query));
		model.addAttribute("languages", Analyzers.LANGUAGES);
		model.addAttribute("mayUpload", this.documents.mayUpload(DocumentApiController.name(principal)));
		return "documents/library";
	}

	@GetMapping("/library/{id}")
	String document(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("document", this.documents.readable(id, DocumentApiController.name(principal)));
		return "documents/show";
	}

	@GetMapping("/documents/new")
	String uploadForm(Principal principal, Model model) {
		return form(principal, model, DocumentForm.empty(), null);
	}

	@PostMapping("/documents")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
			@RequestParam(required = false) String type, @RequestParam(required = false) String language,
			@RequestParam(required = false) String country, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String articles, @RequestParam(required = false) String date,
			@RequestParam(required = false) String confidentiality, @RequestParam(required = false) String reviewId,
			@RequestParam(required = false) String organisationId, Principal principal, Model model)
			throws IOException {
		DocumentForm form = DocumentForm.empty();
		try {
			form = DocumentForm.parse(title, type, language, country, instrument, articles, date, confidentiality,
					reviewId, organisationId);
			byte[] content = (file != null) ? file.getBytes() : null;
			LibraryDocument document = this.documents.upload(form, (file != null) ? file.getOriginalFilename() : null,
					content, principal.getName());
			return "redirect:/library/" + document.getId() + "?uploaded";
		}
		catch (UserInputException ex) {
			return form(principal, model, form, ex.getMessageKey());
		}
	}

	private String form(Principal principal, Model model, DocumentForm form, String error) {
		Role role = this.accounts.find(principal.getName()).map((a) -> a.getRole()).orElse(null);
		if (role == null || DocumentService.uploadTypes(role).isEmpty()) {
			throw new AccessDeniedException("may not upload");
		}
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("types", DocumentService.uploadTypes(role));
		model.addAttribute("levels", DocumentService.uploadLevels(role));
		model.addAttribute("languages", Analyzers.LANGUAGES);
		model.addAttribute("instruments", DocumentService.INSTRUMENTS.stream().sorted().toList());
		model.addAttribute("secretariat", role == Role.SECRETARIAT);
		return "documents/upload";
	}

}
