package org.palermo.questionnaires;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The questionnaire as a file to fill offline, DOCX or XLSX, and back: one row per
 * question with its stable id, the version of the answer exported, the question and the
 * answer. Reading checks every row and says where a problem is.
 */
final class OfflineFile {

	/** The largest file read back. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final String SHEET = "Questionnaire";

	private OfflineFile() {
	}

	/** The formats offered. */
	enum Format {

		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}

	}

	/**
	 * One answer read from a file, the row it was on, and the version it was exported
	 * with.
	 */
	record Imported(String questionKey, Long version, String value, int where) {
	}

	/** A problem in a file, as a message key with where it is (and what). */
	static final class BadFile extends RuntimeException {

		final String messageKey;

		final Object[] arguments;

		BadFile(String messageKey, Object... arguments) {
			super(messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

	}

	static byte[] export(QuestionnaireView view, Format format, Locale locale) {
		try {
			return (format == Format.XLSX) ? xlsx(view, locale) : docx(view, locale);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write the questionnaire file", ex);
		}
	}

	private static byte[] xlsx(QuestionnaireView view, Locale locale) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(SHEET);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Row header = sheet.createRow(0);
			String[] titles = { "id", "version", "section", "kind", "question", "answer" };
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			int r = 1;
			List<Integer> statusRows = new ArrayList<>();
			for (QuestionnaireView.Section section : view.sections()) {
				for (TemplateQuestion q : section.questions()) {
					Answer answer = view.answer(q.getQuestionKey());
					Row row = sheet.createRow(r);
					row.createCell(0).setCellValue(q.getQuestionKey());
					if (answer != null) {
						row.createCell(1).setCellValue(answer.getVersion());
					}
					row.createCell(2).setCellValue(section.key() + " " + section.title());
					row.createCell(3).setCellValue(q.getKind().name());
					row.createCell(4).setCellValue(q.prompt(locale));
					Cell value = row.createCell(5);
					value.setCellValue((answer != null) ? answer.getValue() : "");
					value.setCellStyle(wrap);
					if (q.getKind() == QuestionKind.STATUS) {
						statusRows.add(r);
					}
					r++;
				}
			}
			DataValidationHelper validation = sheet.getDataValidationHelper();
			for (int row : statusRows) {
				var constraint = validation.createExplicitListConstraint(QuestionKind.STATUSES.toArray(String[]::new));
				sheet.addValidationData(
						validation.createValidation(constraint, new CellRangeAddressList(row, row, 5, 5)));
			}
			sheet.setColumnWidth(4, 60 * 256);
			sheet.setColumnWidth(5, 80 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] docx(QuestionnaireView view, Locale locale) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = document.createParagraph();
			title.setStyle("Title");
			title.createRun().setText(view.review().getStateUnderReview() + " " + view.review().getCluster().name());
			XWPFTable table = document.createTable();
			XWPFTableRow header = table.getRow(0);
			header.getCell(0).setText("id");
			header.addNewTableCell().setText("version");
			header.addNewTableCell().setText("question");
			header.addNewTableCell().setText("answer");
			for (QuestionnaireView.Section section : view.sections()) {
				for (TemplateQuestion q : section.questions()) {
					Answer answer = view.answer(q.getQuestionKey());
					XWPFTableRow row = table.createRow();
					row.getCell(0).setText(q.getQuestionKey());
					row.getCell(1).setText((answer != null) ? String.valueOf(answer.getVersion()) : "");
					row.getCell(2).setText(q.prompt(locale));
					write(row.getCell(3), (answer != null) ? answer.getValue() : "");
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	/** Line breaks become paragraphs, so Word shows them and reading gives them back. */
	private static void write(XWPFTableCell cell, String text) {
		String[] lines = text.split("\n", -1);
		cell.getParagraphs().get(0).createRun().setText(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			cell.addParagraph().createRun().setText(lines[i]);
		}
	}

	/**
	 * Reads the answers of a file, its kind found from its content: every row must name a
	 * question of this questionnaire, once, with a value its kind takes.
	 */
	static List<Imported> read(byte[] content, QuestionnaireView view) {
		if (content.length == 0) {
			throw new BadFile("questionnaire.import.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new BadFile("questionnaire.import.error.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		Format format = formatOf(content);
		List<Imported> rows;
		try {
			rows = (format == Format.XLSX) ? readXlsx(content) : readDocx(content);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof BadFile bad) {
				throw bad;
			}
			throw new BadFile("questionnaire.import.error.format");
		}
		Map<String, TemplateQuestion> questions = view.questions()
			.stream()
			.collect(Collectors.toMap(TemplateQuestion::getQuestionKey, Function.identity()));
		Set<String> seen = new HashSet<>();
		List<Imported> checked = new ArrayList<>();
		for (Imported row : rows) {
			TemplateQuestion question = questions.get(row.questionKey());
			if (question == null) {
				throw new BadFile("questionnaire.import.error.unknownQuestion", row.where(), row.questionKey());
			}
			if (!seen.add(row.questionKey())) {
				throw new BadFile("questionnaire.import.error.twice", row.where(), row.questionKey());
			}
			try {
				checked.add(new Imported(row.questionKey(), row.version(),
						QuestionnaireService.clean(question, row.value()), row.where()));
			}
			catch (org.palermo.system.UserInputException ex) {
				throw new BadFile("questionnaire.import.error.value", row.where(), row.questionKey());
			}
		}
		if (checked.isEmpty()) {
			throw new BadFile("questionnaire.import.error.noQuestions");
		}
		return checked;
	}

	/** DOCX or XLSX, from the parts inside the ZIP container, never from the name. */
	static Format formatOf(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
				if (entry.getName().equals("xl/workbook.xml")) {
					return Format.XLSX;
				}
				if (entry.getName().equals("word/document.xml")) {
					return Format.DOCX;
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new BadFile("questionnaire.import.error.format");
		}
		throw new BadFile("questionnaire.import.error.format");
	}

	private static List<Imported> readXlsx(byte[] content) throws IOException {
		List<Imported> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheet(SHEET);
			if (sheet == null) {
				throw new BadFile("questionnaire.import.error.sheet", SHEET);
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String id = text(row.getCell(0), formatter);
				int where = row.getRowNum() + 1;
				if (id.isEmpty()) {
					continue;
				}
				String version = text(row.getCell(1), formatter);
				rows.add(new Imported(id, version(version, where), text(row.getCell(5), formatter), where));
			}
		}
		return rows;
	}

	private static List<Imported> readDocx(byte[] content) throws IOException {
		List<Imported> rows = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			if (document.getTables().isEmpty()) {
				throw new BadFile("questionnaire.import.error.noQuestions");
			}
			XWPFTable table = document.getTables().get(0);
			for (int r = 1; r < table.getNumberOfRows(); r++) {
				XWPFTableRow row = table.getRow(r);
				int where = r + 1;
				if (row.getTableCells().size() < 4) {
					throw new BadFile("questionnaire.import.error.columns", where);
				}
				String id = row.getCell(0).getText().strip();
				if (id.isEmpty()) {
					continue;
				}
				String value = row.getCell(3)
					.getParagraphs()
					.stream()
					.map(XWPFParagraph::getText)
					.collect(Collectors.joining("\n"));
				rows.add(new Imported(id, version(row.getCell(1).getText().strip(), where), value, where));
			}
		}
		return rows;
	}

	private static Long version(String text, int where) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Long.parseLong(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
		}
		catch (NumberFormatException ex) {
			throw new BadFile("questionnaire.import.error.version", where);
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.STRING) {
			return cell.getStringCellValue().strip();
		}
		return formatter.formatCellValue(cell).strip();
	}

}
