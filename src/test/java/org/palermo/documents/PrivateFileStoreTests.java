package org.palermo.documents;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palermo.system.UserInputException;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The storage API other modules use for their own files: checked like library uploads,
 * stored under the module's area, read back only when the bytes still match.
 */
class PrivateFileStoreTests {

	private final Map<String, byte[]> stored = new HashMap<>();

	private final DocumentStorage storage = new DocumentStorage() {

		@Override
		public void put(String key, byte[] content) {
			PrivateFileStoreTests.this.stored.put(key, content.clone());
		}

		@Override
		public byte[] get(String key) {
			return PrivateFileStoreTests.this.stored.get(key);
		}

		@Override
		public void delete(String key) {
			PrivateFileStoreTests.this.stored.remove(key);
		}

	};

	private final PrivateFileStore store = new PrivateFileStore(
			new FileStore(this.storage, Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC)),
			new DocumentSettings(DataSize.ofBytes(64), null, null, null, null, null));

	@Test
	void storesAFileUnderTheAreaWithItsTypeFromTheContentAndASafeName() {
		byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		PrivateFileStore.StoredBytes file = this.store.store("inputs", "C:\\Users\\amina\\report \"final\".doc", pdf);
		assertThat(file.key()).matches("inputs/2026/[0-9a-f-]{36}");
		assertThat(file.mediaType()).isEqualTo("application/pdf");
		assertThat(file.fileName()).isEqualTo("report final.doc");
		assertThat(file.size()).isEqualTo(pdf.length);
		assertThat(this.store.read(file.key(), file.sha256())).isEqualTo(pdf);
	}

	@Test
	void refusesEmptyTooLargeAndUnrecognisedFiles() {
		assertThatThrownBy(() -> this.store.store("inputs", "a.txt", new byte[0]))
			.isInstanceOf(UserInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "documents.error.fileMissing");
		assertThatThrownBy(() -> this.store.store("inputs", "a.txt", new byte[65]))
			.hasFieldOrPropertyWithValue("messageKey", "documents.error.fileTooLarge");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };
		assertThatThrownBy(() -> this.store.store("inputs", "photo.pdf", png)).hasFieldOrPropertyWithValue("messageKey",
				"documents.error.fileType");
		assertThat(this.stored).isEmpty();
	}

	@Test
	void readsNothingThatNoLongerMatchesItsHashAndTakesNoAreaFromOutside() {
		PrivateFileStore.StoredBytes file = this.store.store("groups", "notes.txt",
				"Meeting notes".getBytes(StandardCharsets.UTF_8));
		this.stored.put(file.key(), "Altered".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> this.store.read(file.key(), file.sha256())).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> this.store.store("../etc", "x.txt", "x".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.store.read("../../secret", "0")).isInstanceOf(IllegalArgumentException.class);
	}

}
