package org.palermo.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The documents module's storage for other modules' files (evidence attached to answers):
 * the same store as the library (under the data dir, or S3), keys made here, every read
 * checked against the SHA-256 recorded at writing. Who may read a file is the caller's
 * business: this store answers whoever holds a key.
 */
@Component
public class FileStore {

	private static final Pattern AREA = Pattern.compile("[a-z0-9]{1,32}");

	private final DocumentStorage storage;

	private final Clock clock;

	FileStore(DocumentStorage storage, Clock clock) {
		this.storage = storage;
		this.clock = clock;
	}

	/**
	 * Writes a file under {@code area}; within a transaction that rolls back, the file is
	 * removed again.
	 */
	public Stored put(String area, byte[] content) {
		if (area == null || !AREA.matcher(area).matches()) {
			throw new IllegalArgumentException("Not a storage area: " + area);
		}
		String key = area + "/" + LocalDate.now(this.clock).getYear() + "/" + UUID.randomUUID();
		this.storage.put(DocumentStorage.checked(key), content);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						FileStore.this.storage.delete(key);
					}
				}
			});
		}
		return new Stored(key, content.length, DocumentService.sha256(content));
	}

	/**
	 * The file's bytes, or {@link CorruptedFileException} when they are gone or no longer
	 * match the SHA-256 given; a key that is not one of this store's is refused.
	 */
	public byte[] get(String key, String sha256) {
		byte[] content = this.storage.get(DocumentStorage.checked(key));
		if (content == null || !DocumentService.sha256(content).equals(sha256)) {
			throw new CorruptedFileException(key);
		}
		return content;
	}

	/** Removes a file once the current transaction commits (at once without one). */
	public void deleteAfterCommit(String key) {
		DocumentStorage.checked(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					FileStore.this.storage.delete(key);
				}
			});
		}
		else {
			this.storage.delete(key);
		}
	}

	/** A file written: its key, size and SHA-256 (hex). */
	public record Stored(String key, long size, String sha256) {
	}

	/** A stored file that no longer matches its SHA-256; it is not served. */
	public static class CorruptedFileException extends IllegalStateException {

		CorruptedFileException(String key) {
			super("The stored file " + key + " does not match its SHA-256");
		}

	}

}
