package org.palermo.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files under {@code <data-dir>/documents}, written whole or not at all. */
class FileSystemDocumentStorage implements DocumentStorage {

	private final Path root;

	FileSystemDocumentStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	Path pathOf(String key) {
		Path path = this.root.resolve(DocumentStorage.checked(key)).normalize();
		if (!path.startsWith(this.root) || path.equals(this.root)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

	@Override
	public void put(String key, byte[] content) {
		Path path = pathOf(key);
		try {
			Files.createDirectories(path.getParent());
			Path temporary = Files.createTempFile(path.getParent(), "upload", ".part");
			Files.write(temporary, content);
			Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public byte[] get(String key) {
		try {
			return Files.readAllBytes(pathOf(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
