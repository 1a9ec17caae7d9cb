package org.palermo.documents;

import org.palermo.system.UserInputException;

import org.springframework.stereotype.Service;

/**
 * Checked uploads for other modules' own files, kept out of the library: no library
 * record, no search index, no uploader recorded here. The calling module keeps the
 * returned {@link StoredBytes} in its own table and decides who may read them. Files are
 * checked as library uploads are (present, not larger than the library's limit, of a type
 * recognised from their content: PDF, DOCX, ODT, HTML, plain text), then kept in the
 * {@link FileStore}.
 */
@Service
public class PrivateFileStore {

	private final FileStore files;

	private final DocumentSettings settings;

	PrivateFileStore(FileStore files, DocumentSettings settings) {
		this.files = files;
		this.settings = settings;
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
		FileStore.Stored stored = this.files.put(area, content);
		return new StoredBytes(stored.key(), DocumentService.fileName(originalName, kind), kind.mediaType(),
				stored.size(), stored.sha256());
	}

	/**
	 * The bytes stored under a key, checked against the SHA-256 recorded at upload
	 * ({@link FileStore.CorruptedFileException} otherwise).
	 */
	public byte[] read(String key, String sha256) {
		return this.files.get(key, sha256);
	}

	/**
	 * A stored file: its key, a safe file name, the media type found from its content,
	 * its size and its SHA-256.
	 */
	public record StoredBytes(String key, String fileName, String mediaType, long size, String sha256) {
	}

}
