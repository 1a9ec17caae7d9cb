package org.palermo.documents;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The library's front door: uploads, who may upload what, and reading documents. */
@Service
public class DocumentService {

	static final Set<String> INSTRUMENTS = Set.of("UNTOC", "TIP", "SOM", "FA");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2,3}");

	private static final Pattern ARTICLE = Pattern.compile("[0-9]{1,3}( ?(bis|ter|quater))?");

	private static final Set<DocumentType> STATE_TYPES = EnumSet.of(DocumentType.LEGISLATION, DocumentType.CASE_LAW);

	private final LibraryDocumentRepository documents;

	private final DocumentStorage storage;

	private final AccountService accounts;

	private final ReaderScopes scopes;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final DocumentSettings settings;

	private final Clock clock;

	DocumentService(LibraryDocumentRepository documents, DocumentStorage storage, AccountService accounts,
			ReaderScopes scopes, AuditService audit, ApplicationEventPublisher events, DocumentSettings settings,
			Clock clock) {
		this.documents = documents;
		this.storage = storage;
		this.accounts = accounts;
		this.scopes = scopes;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether this person may upload anything at all (the upload form's link). */
	@Transactional(readOnly = true)
	public boolean mayUpload(String username) {
		return this.accounts.find(username)
			.filter(Account::isEnabled)
			.map((a) -> uploadTypes(a.getRole()))
			.map((t) -> !t.isEmpty())
			.orElse(false);
	}

	/** The document types this role may upload. */
	public static Set<DocumentType> uploadTypes(Role role) {
		return switch (role) {
			case SECRETARIAT -> EnumSet.allOf(DocumentType.class);
			case FOCAL_POINT, EXPERT -> STATE_TYPES;
			case CIVIL_SOCIETY -> EnumSet.of(DocumentType.CIVIL_SOCIETY_INPUT);
			default -> EnumSet.noneOf(DocumentType.class);
		};
	}

	/** The confidentiality levels this role may give an upload. */
	public static Set<Confidentiality> uploadLevels(Role role) {
		return switch (role) {
			case SECRETARIAT -> EnumSet.allOf(Confidentiality.class);
			case FOCAL_POINT, EXPERT -> EnumSet.of(Confidentiality.PUBLIC, Confidentiality.REVIEW);
			case CIVIL_SOCIETY -> EnumSet.of(Confidentiality.ORGANISATION, Confidentiality.PUBLIC);
			default -> EnumSet.noneOf(Confidentiality.class);
		};
	}

	/**
	 * Checks the upload against who the person is, stores the file, records it in the
	 * audit trail and, once committed, in the search index.
	 */
	@Transactional
	public LibraryDocument upload(DocumentForm form, String originalName, byte[] content, String username) {
		Account account = this.accounts.find(username).filter(Account::isEnabled).orElse(null);
		if (account == null || uploadTypes(account.getRole()).isEmpty()) {
			throw new AccessDeniedException("may not upload");
		}
		form = allowed(account, valid(form));
		if (content == null || content.length == 0) {
			throw new UserInputException("documents.error.fileMissing");
		}
		if (content.length > this.settings.maxFileSize().toBytes()) {
			throw new UserInputException("documents.error.fileTooLarge");
		}
		TextExtractor.Kind kind = TextExtractor.detect(content);
		if (kind == null) {
			throw new UserInputException("documents.error.fileType");
		}
		String text;
		try {
			text = TextExtractor.extract(kind, content);
		}
		catch (IOException | RuntimeException ex) {
			throw new UserInputException("documents.error.fileUnreadable");
		}
		String key = "documents/" + LocalDate.now(this.clock).getYear() + "/" + UUID.randomUUID();
		StoredFile file = new StoredFile(key, fileName(originalName, kind), kind.mediaType(), content.length,
				sha256(content));
		this.storage.put(key, content);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					// No file without its document: the upload did not happen.
					DocumentService.this.storage.delete(key);
				}
			}
		});
		LibraryDocument document = this.documents
			.save(new LibraryDocument(form, file, text, account.getUsername(), Instant.now(this.clock)));
		this.audit.record("document.uploaded", "document", String.valueOf(document.getId()), null, snapshot(document));
		this.events.publishEvent(new SearchableContentChanged(document.searchable()));
		return document;
	}

	private static DocumentForm valid(DocumentForm form) {
		if (form.title() == null || form.title().isBlank() || form.title().length() > 300) {
			throw new UserInputException("documents.error.title");
		}
		if (form.language() == null || !Analyzers.LANGUAGES.contains(form.language())) {
			throw new UserInputException("documents.error.language");
		}
		if (form.country() != null && !COUNTRY.matcher(form.country()).matches()) {
			throw new UserInputException("documents.error.country");
		}
		if (form.instrument() != null && !INSTRUMENTS.contains(form.instrument())) {
			throw new UserInputException("documents.error.instrument");
		}
		if (form.articles().size() > 20 || !form.articles().stream().allMatch((a) -> ARTICLE.matcher(a).matches())
				|| (!form.articles().isEmpty() && form.instrument() == null)) {
			throw new UserInputException("documents.error.articles");
		}
		if (form.confidentiality() == null) {
			throw new UserInputException("documents.error.confidentiality");
		}
		if (form.confidentiality() == Confidentiality.REVIEW && form.reviewId() == null) {
			throw new UserInputException("documents.error.review");
		}
		return form;
	}

	/** Applies who-may-upload-what; the message says what this person may do instead. */
	private DocumentForm allowed(Account account, DocumentForm form) {
		Role role = account.getRole();
		String group = (role == Role.CIVIL_SOCIETY) ? "civilSociety" : "state";
		if (form.type() == null) {
			throw new UserInputException("documents.error.type");
		}
		if (!uploadTypes(role).contains(form.type())) {
			throw new UserInputException("documents.error.type." + group);
		}
		if (!uploadLevels(role).contains(form.confidentiality())) {
			throw new UserInputException("documents.error.confidentiality." + group);
		}
		if (role.isBoundToParty()) {
			if (form.country() != null && !form.country().equals(account.getPartyCode())) {
				throw new UserInputException("documents.error.country.own");
			}
			form = new DocumentForm(form.title(), form.type(), form.language(), account.getPartyCode(),
					form.instrument(), form.articles(), form.date(), form.confidentiality(), form.reviewId(), null);
		}
		if (form.confidentiality() == Confidentiality.REVIEW && role != Role.SECRETARIAT
				&& !this.scopes.resolve(account.getUsername()).reviewIds().contains(form.reviewId())) {
			throw new UserInputException("documents.error.review.member");
		}
		if (role == Role.CIVIL_SOCIETY) {
			form = form.withOrganisation(account.getOrganisationId());
		}
		if (form.confidentiality() == Confidentiality.ORGANISATION && form.organisationId() == null) {
			throw new UserInputException("documents.error.organisation");
		}
		if (form.confidentiality() != Confidentiality.ORGANISATION && form.organisationId() != null) {
			form = form.withOrganisation(null);
		}
		if (form.confidentiality() != Confidentiality.REVIEW && form.reviewId() != null) {
			form = new DocumentForm(form.title(), form.type(), form.language(), form.country(), form.instrument(),
					form.articles(), form.date(), form.confidentiality(), null, form.organisationId());
		}
		return (form.date() != null) ? form : form.withDate(LocalDate.now(this.clock));
	}

	/** A document this person may read; any other answers 404, existing or not. */
	@Transactional(readOnly = true)
	public LibraryDocument readable(long id, String username) {
		ReaderScope scope = this.scopes.resolve(username);
		return this.documents.findById(id)
			.filter((d) -> scope.mayRead(d.getConfidentiality(), d.getReviewId(), d.getOrganisationId()))
			.orElseThrow(() -> new NotFoundException("document"));
	}

	/** The file of a document this person may read, checked against its SHA-256. */
	@Transactional(readOnly = true)
	public DocumentFile file(long id, String username) {
		LibraryDocument document = readable(id, username);
		byte[] content = this.storage.get(document.getStorageKey());
		if (!sha256(content).equals(document.getSha256())) {
			throw new DocumentIntegrityException(id);
		}
		return new DocumentFile(document.getFileName(), document.getMediaType(), content);
	}

	/** A file to send: its name, type and bytes. */
	public record DocumentFile(String fileName, String mediaType, byte[] content) {
	}

	private static Map<String, Object> snapshot(LibraryDocument d) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("title", d.getTitle());
		state.put("type", d.getDocumentType());
		state.put("language", d.getLanguage());
		state.put("country", d.getCountry());
		state.put("instrument", d.getInstrument());
		state.put("articles", d.articles());
		state.put("date", String.valueOf(d.getDocumentDate()));
		state.put("confidentiality", d.getConfidentiality());
		state.put("reviewId", d.getReviewId());
		state.put("organisationId", d.getOrganisationId());
		state.put("fileName", d.getFileName());
		state.put("mediaType", d.getMediaType());
		state.put("size", d.getSizeBytes());
		state.put("sha256", d.getSha256());
		return state;
	}

	/** A safe file name for downloads: the original's base name, or one made up. */
	static String fileName(String original, TextExtractor.Kind kind) {
		String name = (original != null) ? original.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.startsWith(".")) {
			name = "document." + kind.name().toLowerCase(java.util.Locale.ROOT);
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
