package org.palermo.documents;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kinds of attached file Palermo keeps beside the library (evidence for answers),
 * told from the content, never the name: PDF, DOCX, ODT, XLSX, PNG and JPEG.
 */
public enum FileKind {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	ODT("application/vnd.oasis.opendocument.text", "odt"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg");

	private final String mediaType;

	private final String extension;

	FileKind(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/** The kind of the file from its first bytes and, for archives, their entries. */
	public static Optional<FileKind> detect(byte[] content) {
		if (content == null || content.length < 8) {
			return Optional.empty();
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			if (TextExtractor.entry(content, "xl/workbook.xml") != null) {
				return Optional.of(XLSX);
			}
			TextExtractor.Kind kind = TextExtractor.detect(content);
			if (kind == TextExtractor.Kind.DOCX) {
				return Optional.of(DOCX);
			}
			if (kind == TextExtractor.Kind.ODT) {
				return Optional.of(ODT);
			}
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
