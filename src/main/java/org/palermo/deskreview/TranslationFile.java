package org.palermo.deskreview;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an uploaded translation of the summary: a DOCX document or a plain UTF-8
 * text file, told apart by their content (never by the name or the type the browser
 * claims), within a size limit.
 */
final class TranslationFile {

	/** The largest file accepted. */
	static final long MAX_BYTES = 2L * 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private TranslationFile() {
	}

	/**
	 * The file's text; refused with a message key when empty, too large or of another
	 * type.
	 */
	static String text(byte[] content) {
		if (content == null || content.length == 0) {
			throw new DeskReviewRefusedException("summary.error.upload.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new DeskReviewRefusedException("summary.error.upload.size");
		}
		String text = startsWith(content, ZIP) ? docx(content) : plain(content);
		if (text.isBlank()) {
			throw new DeskReviewRefusedException("summary.error.upload.empty");
		}
		return text.strip();
	}

	private static String docx(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText().replace("\r\n", "\n");
		}
		catch (IOException | RuntimeException ex) {
			// A ZIP that is not a Word document (or a damaged one, or a bomb POI
			// refuses).
			throw new DeskReviewRefusedException("summary.error.upload.type");
		}
	}

	private static String plain(byte[] content) {
		for (byte b : content) {
			// Control characters other than tab and line ends mean a binary file.
			if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7f) {
				throw new DeskReviewRefusedException("summary.error.upload.type");
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
		}
		catch (CharacterCodingException ex) {
			throw new DeskReviewRefusedException("summary.error.upload.type");
		}
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
