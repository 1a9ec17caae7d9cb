package org.palermo.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DOCX read back with POI: the text in order, Arabic paragraphs right to left. */
class DocxRendererTests {

	@Test
	void anArabicDocumentHasItsTextAndRightToLeftParagraphs() throws IOException {
		byte[] docx = new DocxRenderer().render(PdfRendererTests.report("ar", "يحصل الضحايا على المأوى"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).contains("UNTOC/RM/1/II/MN/LOO", "Article 24", "Good practice: يحصل الضحايا على المأوى");
			assertThat(document.getParagraphs()).allMatch((p) -> p.getCTP().getPPr().isSetBidi());
		}
	}

	@Test
	void aFrenchDocumentRunsLeftToRight() throws IOException {
		byte[] docx = new DocxRenderer().render(PdfRendererTests.report("fr", "Les victimes sont hébergées"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getParagraphs())
				.noneMatch((p) -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetBidi());
			assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
				.contains("Good practice: Les victimes sont hébergées");
		}
	}

}
