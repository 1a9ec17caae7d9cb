package org.palermo.documents;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import org.palermo.system.UserInputException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The library and its search as JSON, documented in docs/api.md and OpenAPI. */
@RestController
class DocumentApiController {

	private final SearchService search;

	private final DocumentService documents;

	private final MessageSource messages;

	DocumentApiController(SearchService search, DocumentService documents, MessageSource messages) {
		this.search = search;
		this.documents = documents;
		this.messages = messages;
	}

	/**
	 * Anonymous callers see public content only; signed-in callers what they may read.
	 */
	@GetMapping("/api/search")
	SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String country, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String article, @RequestParam(required = false) String type,
			@RequestParam(required = false) String year, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size,
			Principal principal) {
		return this.search.search(
				new SearchQuery(q, lang, country, instrument, article, type, year, "date".equals(sort), page, size),
				name(principal));
	}

	@PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentJson> upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String type,
			@RequestParam(required = false) String language, @RequestParam(required = false) String country,
			@RequestParam(required = false) String instrument, @RequestParam(required = false) String articles,
			@RequestParam(required = false) String date, @RequestParam(required = false) String confidentiality,
			@RequestParam(required = false) String reviewId, @RequestParam(required = false) String organisationId,
			Principal principal) throws IOException {
		DocumentForm form = DocumentForm.parse(title, type, language, country, instrument, articles, date,
				confidentiality, reviewId, organisationId);
		if (file == null) {
			throw new UserInputException("documents.error.fileMissing");
		}
		LibraryDocument document = this.documents.upload(form, file.getOriginalFilename(), file.getBytes(),
				name(principal));
		return ResponseEntity.created(URI.create("/api/documents/" + document.getId())).body(DocumentJson.of(document));
	}

	@GetMapping("/api/documents/{id}")
	DocumentJson document(@PathVariable long id, Principal principal) {
		return DocumentJson.of(this.documents.readable(id, name(principal)));
	}

	/**
	 * Always an attachment with nosniff, so no uploaded file runs in Palermo's origin.
	 */
	@GetMapping("/api/documents/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable long id, Principal principal) {
		DocumentService.DocumentFile file = this.documents.file(id, name(principal));
		MediaType type = file.mediaType().startsWith("text/html") ? MediaType.APPLICATION_OCTET_STREAM
				: MediaType.parseMediaType(file.mediaType());
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

	@ExceptionHandler(DocumentIntegrityException.class)
	ResponseEntity<ProblemDetail> integrity(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				this.messages.getMessage("documents.error.integrity", null, locale));
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	static String name(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
