package org.palermo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small files of each accepted type, made here so that no fixture hides its content. */
final class TestFiles {

	private TestFiles() {
	}

	static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] docx(String text) {
		return zip(new String[] { "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>" }, new String[] {
				"word/document.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
						+ "<w:body><w:p><w:r><w:t>" + text
						+ "</w:t></w:r></w:p><w:p><w:r><w:t>Second paragraph</w:t></w:r></w:p></w:body></w:document>" });
	}

	static byte[] odt(String text) {
		return zip(new String[] { "mimetype", "application/vnd.oasis.opendocument.text" }, new String[] { "content.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
						+ "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:h>Heading</text:h><text:p>"
						+ text + "</text:p></office:text></office:body></office:document-content>" });
	}

	static byte[] html(String text) {
		return ("<!DOCTYPE html><html><head><title>t</title><style>.hidden { color: red }</style>"
				+ "<script>var secretScriptWord = 1;</script></head><body><h1>Heading</h1><p>" + text
				+ " &amp; more</p></body></html>")
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] zip(String[]... entries) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String[] entry : entries) {
				zip.putNextEntry(new ZipEntry(entry[0]));
				zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
