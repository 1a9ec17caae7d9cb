package org.palermo.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import org.springframework.stereotype.Component;

/**
 * Renders a {@link Report} to DOCX (Word) for editing: the same masthead, headings and
 * paragraphs; Arabic paragraphs and runs marked right to left.
 */
@Component
public class DocxRenderer {

	/** The document as DOCX bytes. */
	public byte[] render(Report report) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			boolean rtl = report.isRightToLeft();
			paragraph(document, rtl, ParagraphAlignment.LEFT, report.symbol(), true, 12);
			paragraph(document, rtl, ParagraphAlignment.RIGHT, report.headerLabels().get(0), false, 9);
			paragraph(document, rtl, ParagraphAlignment.RIGHT,
					report.headerLabels().get(1) + " " + report.date().format(DateTimeFormatter.ISO_LOCAL_DATE), false,
					9);
			paragraph(document, rtl, ParagraphAlignment.RIGHT, report.headerLabels().get(2), false, 9);
			paragraph(document, rtl, null, report.title(), true, 15);
			if (report.subtitle() != null && !report.subtitle().isEmpty()) {
				paragraph(document, rtl, null, report.subtitle(), false, 10);
			}
			for (Report.Block block : report.blocks()) {
				switch (block.kind()) {
					case HEADING -> paragraph(document, rtl, null, block.text(), true, 12);
					case SUBHEADING -> paragraph(document, rtl, null, block.text(), true, 11);
					case PARAGRAPH -> {
						XWPFParagraph p = document.createParagraph();
						direction(p, rtl);
						if (block.label() != null) {
							run(p, rtl, block.label() + " ", true, 10);
						}
						String[] lines = block.text().split("\n", -1);
						for (int i = 0; i < lines.length; i++) {
							XWPFRun r = run(p, rtl, lines[i], false, 10);
							if (i < lines.length - 1) {
								r.addBreak();
							}
						}
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void paragraph(XWPFDocument document, boolean rtl, ParagraphAlignment alignment, String text,
			boolean bold, int size) {
		XWPFParagraph p = document.createParagraph();
		direction(p, rtl);
		if (alignment != null) {
			p.setAlignment(alignment);
		}
		run(p, rtl, text, bold, size);
	}

	private static void direction(XWPFParagraph p, boolean rtl) {
		if (rtl) {
			CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
			properties.addNewBidi();
		}
	}

	private static XWPFRun run(XWPFParagraph p, boolean rtl, String text, boolean bold, int size) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("Noto Sans");
		if (rtl) {
			CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
			properties.addNewRtl();
			properties.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
		}
		return run;
	}

}
