package org.palermo.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.palermo.system.UserInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The storage API for other modules' own files, kept out of the library: no library
 * record, no search index, no uploader recorded here. The calling module keeps the
 * returned {@link StoredBytes} in its own table and decides who may read them. Files are
 * checked as library uploads are: present, not larger than the library's limit, and of a
 * type recognised from their content (PDF, DOCX, ODT, HTML, plain text).
 */
@Service
public class PrivateFileStore {

	private static final Pattern AREA = Pattern.compile("[a-z]{2,30}");

	private final DocumentStorage storage;

	private final DocumentSettings settings;

	private final Clock clock;

	PrivateFileStore(DocumentStorage storage, DocumentSettings settings, Clock clock) {
		this.storage = storage;
		this.settings = settings;
		this.clock = clock;
	}

	/** The largest file accepted, in bytes. */
	public long maxFileSize() {
		return this.settings.maxFileSize().toBytes();
	}

	/**
	 * Checks and stores a file under the module's area; if the surrounding transaction
	 * rolls back, the file is removed again. Throws {@link UserInputException}
	 * ({@code documents.error.fileMissing}, {@code fileTooLarge}, {@code fileType}).
	 */
	public StoredBytes store(String area, String originalName, byte[] content) {
		if (!AREA.matcher(area).matches()) {
			throw new IllegalArgumentException("Not an area: " + area);
		}
		if (content == null || content.length == 0) {
			throw new UserInputException("documents.error.fileMissing");
		}
		if (content.length > maxFileSize()) {
			throw new UserInputException("documents.error.fileTooLarge");
		}
		TextExtractor.Kind kind = TextExtractor.detect(content);
		if (kind == null) {
			throw new UserInputException("documents.error.fileType");
		}
		String key = area + "/" + LocalDate.now(this.clock).getYear() + "/" + UUID.randomUUID();
		this.storage.put(DocumentStorage.checked(key), content);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						PrivateFileStore.this.storage.delete(key);
					}
				}
			});
		}
		return new StoredBytes(key, DocumentService.fileName(originalName, kind), kind.mediaType(), content.length,
				DocumentService.sha256(content));
	}

	/**
	 * The bytes stored under a key, checked against the SHA-256 recorded at upload.
	 */
	public byte[] read(String key, String sha256) {
		byte[] content = this.storage.get(DocumentStorage.checked(key));
		if (content == null || !DocumentService.sha256(content).equals(sha256)) {
			throw new IllegalStateException("stored file does not match its SHA-256: " + key);
		}
		return content;
	}

	/**
	 * A stored file: its key, a safe file name, the media type found from its content,
	 * its size and its SHA-256.
	 */
	public record StoredBytes(String key, String fileName, String mediaType, long size, String sha256) {
	}

}
