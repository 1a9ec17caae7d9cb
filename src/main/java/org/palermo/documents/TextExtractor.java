package org.palermo.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Tells a file's type from its content (never its name) and extracts its text, with no
 * network: PDF, DOCX, ODT, HTML and plain text.
 */
final class TextExtractor {

	/** The file types the library accepts. */
	enum Kind {

		PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		ODT("application/vnd.oasis.opendocument.text"), HTML("text/html"), TEXT("text/plain");

		private final String mediaType;

		Kind(String mediaType) {
			this.mediaType = mediaType;
		}

		String mediaType() {
			return this.mediaType;
		}

	}

	/** Stops zip bombs: no archive entry is read beyond this. */
	private static final int MAX_ENTRY_BYTES = 50 * 1024 * 1024;

	private static final int MAX_ENTRIES = 5_000;

	/** Text beyond this is not indexed. */
	static final int MAX_TEXT_CHARS = 2_000_000;

	private TextExtractor() {
	}

	/** The file's type, or {@code null} when it is none the library accepts. */
	static Kind detect(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Kind.PDF;
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			if (entry(content, "word/document.xml") != null) {
				return Kind.DOCX;
			}
			byte[] mimetype = entry(content, "mimetype");
			if (mimetype != null && new String(mimetype, StandardCharsets.US_ASCII).trim().equals(Kind.ODT.mediaType())
					&& entry(content, "content.xml") != null) {
				return Kind.ODT;
			}
			return null;
		}
		String text = utf8(content);
		if (text == null || text.chars().anyMatch((c) -> c == 0 || (c < 32 && c != '\n' && c != '\r' && c != '\t'))) {
			return null;
		}
		String head = text.stripLeading().toLowerCase(Locale.ROOT);
		if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<body")
				|| (head.startsWith("<") && head.contains("<body"))) {
			return Kind.HTML;
		}
		return Kind.TEXT;
	}

	/**
	 * The text of a file of this type; throws {@link IOException} when it cannot be read.
	 */
	static String extract(Kind kind, byte[] content) throws IOException {
		String text = switch (kind) {
			case PDF -> pdf(content);
			case DOCX -> xml(entry(content, "word/document.xml"), true);
			case ODT -> xml(entry(content, "content.xml"), false);
			case HTML -> html(utf8(content));
			case TEXT -> utf8(content);
		};
		if (text == null) {
			throw new IOException("unreadable " + kind);
		}
		text = text.replace("\r\n", "\n").replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
		return (text.length() > MAX_TEXT_CHARS) ? text.substring(0, MAX_TEXT_CHARS) : text;
	}

	private static String pdf(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Paragraph text of DOCX ({@code w:p}, {@code w:t}) or ODT ({@code text:p}). */
	private static String xml(byte[] content, boolean word) throws IOException {
		if (content == null) {
			return null;
		}
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		StringBuilder text = new StringBuilder();
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
			boolean inText = !word;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = reader.getLocalName();
					if (word) {
						inText = name.equals("t");
						if (name.equals("tab")) {
							text.append('\t');
						}
						else if (name.equals("br")) {
							text.append('\n');
						}
					}
					else if (name.equals("s") || name.equals("tab")) {
						text.append(' ');
					}
					else if (name.equals("line-break")) {
						text.append('\n');
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = reader.getLocalName();
					if (name.equals("p") || name.equals("h")) {
						text.append('\n');
					}
					if (word && name.equals("t")) {
						inText = false;
					}
				}
				else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
					text.append(reader.getText());
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
		return text.toString();
	}

	private static String html(String html) throws IOException {
		if (html == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		HTMLEditorKit.ParserCallback callback = new HTMLEditorKit.ParserCallback() {

			private int skipping;

			@Override
			public void handleStartTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
				if (tag == HTML.Tag.SCRIPT || tag == HTML.Tag.STYLE) {
					this.skipping++;
				}
				else if (tag.isBlock() || tag.breaksFlow()) {
					text.append('\n');
				}
			}

			@Override
			public void handleEndTag(HTML.Tag tag, int pos) {
				if (tag == HTML.Tag.SCRIPT || tag == HTML.Tag.STYLE) {
					this.skipping = Math.max(0, this.skipping - 1);
				}
				else if (tag.isBlock()) {
					text.append('\n');
				}
			}

			@Override
			public void handleSimpleTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
				if (tag.breaksFlow()) {
					text.append('\n');
				}
			}

			@Override
			public void handleText(char[] data, int pos) {
				if (this.skipping == 0) {
					text.append(data).append(' ');
				}
			}

		};
		new ParserDelegator().parse(new StringReader(html), callback, true);
		return text.toString();
	}

	private static String utf8(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** One entry of a zip archive, read up to a limit, or {@code null}. */
	static byte[] entry(byte[] zip, String name) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = in.getNextEntry()) != null && entries++ < MAX_ENTRIES) {
				if (entry.getName().equals(name)) {
					return readLimited(in);
				}
			}
			return null;
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static byte[] readLimited(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int total = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			total += n;
			if (total > MAX_ENTRY_BYTES) {
				throw new IOException("entry too large");
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
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
