package org.palermo.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDFs read back as a reader's tools read them: the Arabic, Chinese and Russian text
 * present, in logical order, with the bundled fonts embedded.
 */
class PdfRendererTests {

	private static final String ARABIC = "يحصل الضحايا على المأوى والمساعدة القانونية";

	private static final String CHINESE = "证人保护方案已覆盖全国";

	private static final String RUSSIAN = "Программа защиты свидетелей";

	private final PdfRenderer renderer = new PdfRenderer();

	static Report report(String language, String text) {
		return new Report("UNTOC/RM/1/II/MN/LOO", LocalDate.of(2026, 11, 30), language,
				List.of("Distr.", "Date:", "Original"), "Title " + text, "",
				List.of(Report.Block.heading("UNTOC"), Report.Block.subheading("Article 24"),
						Report.Block.labelled("Good practice:", text), Report.Block.paragraph("A & B <c>")));
	}

	/**
	 * Folds the letters whose shaped forms share one glyph in the font (yeh, alef maksura
	 * and Farsi yeh in final and medial position): a PDF maps each glyph back to one
	 * letter only, so a reader's tool cannot tell them apart; the order is what is
	 * checked.
	 */
	static String foldYeh(String text) {
		return text.replace('\u0649', '\u064A').replace('\u06CC', '\u064A');
	}

	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			// Shaped Arabic comes back as presentation forms: compatibility
			// normalisation gives the letters a reader typed.
			return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
		}
	}

	@Test
	void arabicReadsBackInLogicalOrderFromARightToLeftDocument() throws IOException {
		byte[] pdf = this.renderer.render(report("ar", ARABIC));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = foldYeh(textOf(pdf));
		assertThat(text).contains(foldYeh(ARABIC)).contains("UNTOC/RM/1/II/MN/LOO").contains("A & B");
		// Word by word in reading order, first word first.
		assertThat(text.indexOf("يحصل")).isLessThan(text.indexOf("الضحايا"));
		assertThat(text.indexOf(foldYeh("على"))).isLessThan(text.indexOf("القانونية"));
	}

	@Test
	void frenchAndSpanishReadBackLetterForLetterThroughTheLatinFont() throws IOException {
		// Ligature candidates (fi, fl, ffi) and accented letters: the Latin font's glyph
		// substitution table is hidden from PDFBox for speed, so nothing may be lost.
		String latin = "L’office fiscal afflue ; les réfugiés « efficaces » — señal, pequeño, acción.";
		byte[] pdf = this.renderer.render(report("fr", latin));
		assertThat(textOf(pdf)).contains(latin);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> fonts = new java.util.ArrayList<>();
			for (var name : document.getPage(0).getResources().getFontNames()) {
				fonts.add(document.getPage(0).getResources().getFont(name).getName());
			}
			assertThat(fonts).anyMatch((f) -> f.contains("NotoSans") && !f.contains("Arabic") && !f.contains("SC"));
		}
	}

	@Test
	void chineseAndRussianReadBackWithTheirGlyphs() throws IOException {
		String text = textOf(this.renderer.render(report("zh", CHINESE + " " + RUSSIAN)));
		assertThat(text).contains(CHINESE).contains(RUSSIAN);
	}

	@Test
	void theBundledFontsAreEmbeddedNotTakenFromTheMachine() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.renderer.render(report("ar", ARABIC + " " + CHINESE)))) {
			List<String> fonts = new java.util.ArrayList<>();
			for (var name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
			}
			assertThat(fonts).anyMatch((f) -> f.contains("NotoSansArabic") && f.endsWith("embedded"))
				.anyMatch((f) -> f.contains("NotoSansSC") && f.endsWith("embedded"));
		}
	}

	@Test
	void theHtmlOfADocumentIsPinned() throws IOException {
		String expected = Files.readString(Path.of("src/test/resources/known-answers/reports/list-ar.html"));
		assertThat(PdfRenderer.html(report("ar", ARABIC))).isEqualTo(expected.strip());
	}

}
