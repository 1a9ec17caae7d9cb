package org.palermo.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * Renders a {@link Report} to PDF through HTML, with the Noto fonts bundled in the
 * application (Latin, Cyrillic, Arabic, Chinese; regular and bold), never fetched at run
 * time; Arabic documents run right to left and are shaped.
 */
@Component
public class PdfRenderer {

	/** The bundled fonts: family, weight, classpath resource. */
	static final List<String[]> FONTS = List.of(
			new String[] { "Noto Sans", "400", "fonts/noto-sans/package/400Regular/NotoSans_400Regular.ttf" },
			new String[] { "Noto Sans", "700", "fonts/noto-sans/package/700Bold/NotoSans_700Bold.ttf" },
			new String[] { "Noto Sans Arabic", "400",
					"fonts/noto-sans-arabic/package/400Regular/NotoSansArabic_400Regular.ttf" },
			new String[] { "Noto Sans Arabic", "700",
					"fonts/noto-sans-arabic/package/700Bold/NotoSansArabic_700Bold.ttf" },
			new String[] { "Noto Sans SC", "400", "fonts/noto-sans-sc/package/400Regular/NotoSansSC_400Regular.ttf" },
			new String[] { "Noto Sans SC", "700", "fonts/noto-sans-sc/package/700Bold/NotoSansSC_700Bold.ttf" });

	private static final String CSS = """
			@page { size: A4; margin: 2.2cm 2cm 2.2cm 2cm;
			  @bottom-center { content: counter(page); font-family: FAMILIES; font-size: 9pt; } }
			body { font-family: FAMILIES; font-size: 10.5pt; line-height: 1.45; }
			table.masthead { width: 100%; border-bottom: 2pt solid #000; margin-bottom: 18pt; }
			table.masthead td { vertical-align: bottom; font-size: 9pt; }
			td.symbol { font-weight: bold; font-size: 12pt; }
			h1 { font-size: 15pt; font-weight: bold; margin: 0 0 4pt 0; }
			p.subtitle { margin: 0 0 16pt 0; }
			h2 { font-size: 12.5pt; font-weight: bold; margin: 16pt 0 6pt 0; }
			h3 { font-size: 11pt; font-weight: bold; margin: 12pt 0 4pt 0; }
			p { margin: 0 0 6pt 0; }
			span.label { font-weight: bold; }
			""";

	/**
	 * Font metrics kept between documents: the Chinese font alone is 10 MB, read once
	 * rather than for every document.
	 */
	private final FSDefaultCacheStore metrics = new FSDefaultCacheStore();

	/** The document as PDF bytes. */
	public byte[] render(Report report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.metrics);
		for (String[] font : FONTS) {
			builder.useFont(() -> font[0].equals("Noto Sans") ? withoutGsub(font[2]) : open(font[2]), font[0],
					Integer.valueOf(font[1]), FontStyle.NORMAL, true);
		}
		String html = html(report);
		// The ICU bidi splitter also makes left-to-right documents faster to lay out
		// (runs
		// measured once, SummaryPdfBenchmark): every document goes through it.
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(report.isRightToLeft() ? TextDirection.RTL : TextDirection.LTR);
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The fonts in the order glyphs are looked for: the document's own script first, so
	 * most characters are found in the first font asked.
	 */
	static String families(String language) {
		return switch (language) {
			case "ar" -> "'Noto Sans Arabic', 'Noto Sans', 'Noto Sans SC'";
			case "zh" -> "'Noto Sans SC', 'Noto Sans', 'Noto Sans Arabic'";
			default -> "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC'";
		};
	}

	/**
	 * The Latin font without its glyph substitution table. Noto Sans also covers
	 * Devanagari, and PDFBox picks the first script of that table it knows (Devanagari
	 * before Latin) and runs its Devanagari rules over every Latin string: 6.5 s of CPU
	 * for a 100-page English summary (SummaryPdfBenchmark, profiled with JFR). None of
	 * those rules applies to the six languages' Latin or Cyrillic text, so the table is
	 * hidden (its tag renamed in the table directory); the Arabic font keeps its own,
	 * which shapes Arabic.
	 */
	private static InputStream withoutGsub(String resource) {
		try (InputStream in = open(resource)) {
			byte[] font = in.readAllBytes();
			int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
			for (int i = 0; i < tables; i++) {
				int record = 12 + 16 * i;
				if (font[record] == 'G' && font[record + 1] == 'S' && font[record + 2] == 'U'
						&& font[record + 3] == 'B') {
					font[record] = 'X';
				}
			}
			return new java.io.ByteArrayInputStream(font);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String resource) {
		InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("font not bundled: " + resource);
		}
		return in;
	}

	/** The XHTML the PDF is made from: every text escaped. */
	static String html(Report report) {
		StringBuilder html = new StringBuilder();
		String dir = report.isRightToLeft() ? "rtl" : "ltr";
		html.append("<!DOCTYPE html><html lang=\"")
			.append(escape(report.language()))
			.append("\" dir=\"")
			.append(dir)
			.append("\"><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(report.title()))
			.append("</title><style>")
			.append(CSS.replace("FAMILIES", families(report.language())))
			.append("</style></head><body dir=\"")
			.append(dir)
			.append("\">");
		List<String> labels = report.headerLabels();
		html.append("<table class=\"masthead\"><tr><td class=\"symbol\">")
			.append(escape(report.symbol()))
			.append("</td><td>")
			.append(escape(labels.get(0)))
			.append("</td></tr><tr><td></td><td>")
			.append(escape(labels.get(1)))
			.append(' ')
			.append(report.date().format(DateTimeFormatter.ISO_LOCAL_DATE))
			.append("</td></tr><tr><td></td><td>")
			.append(escape(labels.get(2)))
			.append("</td></tr></table>");
		html.append("<h1>").append(escape(report.title())).append("</h1>");
		if (report.subtitle() != null && !report.subtitle().isEmpty()) {
			html.append("<p class=\"subtitle\">").append(escape(report.subtitle())).append("</p>");
		}
		for (Report.Block block : report.blocks()) {
			switch (block.kind()) {
				case HEADING -> html.append("<h2>").append(escape(block.text())).append("</h2>");
				case SUBHEADING -> html.append("<h3>").append(escape(block.text())).append("</h3>");
				case PARAGRAPH -> {
					html.append("<p>");
					if (block.label() != null) {
						html.append("<span class=\"label\">").append(escape(block.label())).append("</span> ");
					}
					html.append(escape(block.text()).replace("\n", "<br/>")).append("</p>");
				}
			}
		}
		return html.append("</body></html>").toString();
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					// Control characters other than tab and line breaks are not XML.
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
