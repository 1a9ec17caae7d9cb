package org.palermo.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The type comes from the content, never the name; each type's text is extracted. */
class TextExtractorTests {

	@Test
	void eachAcceptedTypeIsRecognisedFromItsContentAndItsTextExtracted() throws IOException {
		assertThat(text(TestFiles.pdf("Mutual legal assistance in PDF"), TextExtractor.Kind.PDF))
			.contains("Mutual legal assistance in PDF");
		assertThat(text(TestFiles.docx("Confiscation &amp; seizure in DOCX"), TextExtractor.Kind.DOCX))
			.isEqualTo("Confiscation & seizure in DOCX\nSecond paragraph");
		assertThat(text(TestFiles.odt("Extradition in ODT"), TextExtractor.Kind.ODT))
			.isEqualTo("Heading\nExtradition in ODT");
		String html = text(TestFiles.html("Witness protection in HTML"), TextExtractor.Kind.HTML);
		assertThat(html).contains("Heading")
			.contains("Witness protection in HTML & more")
			.doesNotContain("secretScriptWord")
			.doesNotContain("color");
		assertThat(text("\uFEFFЗакон о свидетелях\n".getBytes(StandardCharsets.UTF_8), TextExtractor.Kind.TEXT))
			.isEqualTo("Закон о свидетелях");
	}

	@Test
	void filesOfOtherTypesAreRefusedWhateverTheirName() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		assertThat(TextExtractor.detect(png)).isNull();
		byte[] windowsExecutable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		assertThat(TextExtractor.detect(windowsExecutable)).isNull();
		assertThat(TextExtractor.detect(TestFiles.zip(new String[] { "payload.js", "alert(1)" }))).isNull();
		byte[] latin1 = "Loi relative à la traite".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(TextExtractor.detect(latin1)).isNull();
	}

	@Test
	void aDamagedPdfIsUnreadable() {
		byte[] broken = "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII);
		assertThat(TextExtractor.detect(broken)).isEqualTo(TextExtractor.Kind.PDF);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextExtractor.extract(TextExtractor.Kind.PDF, broken))
			.isInstanceOf(IOException.class);
	}

	@Test
	void downloadNamesKeepOnlyTheBaseName() {
		assertThat(DocumentService.fileName("../../etc/passwd", TextExtractor.Kind.TEXT)).isEqualTo("passwd");
		assertThat(DocumentService.fileName("C:\\Users\\x\\loi \"2024\".pdf", TextExtractor.Kind.PDF))
			.isEqualTo("loi 2024.pdf");
		assertThat(DocumentService.fileName(".htaccess", TextExtractor.Kind.TEXT)).isEqualTo("document.text");
	}

	private static String text(byte[] content, TextExtractor.Kind expected) throws IOException {
		assertThat(TextExtractor.detect(content)).isEqualTo(expected);
		return TextExtractor.extract(expected, content);
	}

}
