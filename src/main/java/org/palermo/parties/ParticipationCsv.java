package org.palermo.parties;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.palermo.instruments.Instrument;

/**
 * The participation file: one row per State, the columns of the reference file
 * {@code states-parties.csv}. Read by the reference-data migration, by the secretariat's
 * import and written by {@code GET /api/parties.csv}, so an export can be edited and
 * imported back.
 */
public final class ParticipationCsv {

	/** The columns, in order. */
	public static final List<String> COLUMNS = columns();

	/**
	 * More lines than any list of States could have: a file beyond this is refused before
	 * it can make a preview page of any size.
	 */
	public static final int MAX_ROWS = 1000;

	/** Problems listed for one file; the preview says that there are more. */
	public static final int MAX_PROBLEMS = 100;

	private ParticipationCsv() {
	}

	private static List<String> columns() {
		List<String> columns = new ArrayList<>(List.of("iso2", "name", "regional_group", "un_member"));
		for (Instrument instrument : Instrument.values()) {
			String prefix = instrument.name().toLowerCase(Locale.ROOT);
			columns.addAll(List.of(prefix + "_party", prefix + "_date", prefix + "_action"));
		}
		return List.copyOf(columns);
	}

	/** One State's row. */
	public record Row(String code, String name, RegionalGroup group, boolean unMember,
			List<Participation> participations) {

	}

	/**
	 * A cell that could not be read: its line (1 is the header), column, a message key
	 * and the value.
	 */
	public record Problem(long line, String column, String messageKey, String value) {

	}

	/**
	 * The rows read, and every problem found; rows are usable only when there is no
	 * problem.
	 */
	public record Result(List<Row> rows, List<Problem> problems) {

		public boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	public static Result read(Reader reader) {
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames();
			if (!header.equals(COLUMNS)) {
				problems.add(new Problem(1, "", "import.problem.header", String.join(",", header)));
				return new Result(rows, problems);
			}
			Set<String> seen = new HashSet<>();
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				if (record.getRecordNumber() > MAX_ROWS) {
					problems.add(new Problem(line, "", "import.problem.tooManyRows", String.valueOf(MAX_ROWS)));
					break;
				}
				if (problems.size() >= MAX_PROBLEMS) {
					problems.add(new Problem(line, "", "import.problem.tooManyProblems", String.valueOf(MAX_PROBLEMS)));
					break;
				}
				if (record.size() != COLUMNS.size()) {
					problems.add(new Problem(line, "", "import.problem.columns", String.valueOf(record.size())));
					continue;
				}
				Row row = readRow(record, line, problems);
				if (row != null && !seen.add(row.code())) {
					problems.add(new Problem(line, "iso2", "import.problem.duplicate", row.code()));
				}
				if (row != null) {
					rows.add(row);
				}
				if (problems.size() > MAX_PROBLEMS) {
					// One row can hold a dozen problems: the list stops at the cap,
					// whatever the row.
					problems.subList(MAX_PROBLEMS, problems.size()).clear();
					problems.add(new Problem(line, "", "import.problem.tooManyProblems", String.valueOf(MAX_PROBLEMS)));
					break;
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			problems.add(new Problem(0, "", "import.problem.unreadable", ""));
		}
		return new Result(rows, problems);
	}

	private static Row readRow(CSVRecord record, long line, List<Problem> problems) {
		int before = problems.size();
		String code = record.get("iso2");
		if (!code.matches("[A-Z]{2}")) {
			problems.add(new Problem(line, "iso2", "import.problem.code", code));
		}
		String name = unprotect(record.get("name"));
		if (name.isBlank() || name.length() > 200) {
			problems.add(new Problem(line, "name", "import.problem.name", name));
		}
		RegionalGroup group = RegionalGroup.fromCsv(record.get("regional_group")).orElse(null);
		if (group == null) {
			problems.add(new Problem(line, "regional_group", "import.problem.group", record.get("regional_group")));
		}
		Boolean unMember = readBoolean(record, "un_member", line, problems);
		if (unMember == null && record.get("un_member").isEmpty()) {
			problems.add(new Problem(line, "un_member", "import.problem.boolean", ""));
		}
		List<Participation> participations = new ArrayList<>();
		for (Instrument instrument : Instrument.values()) {
			String prefix = instrument.name().toLowerCase(Locale.ROOT);
			Boolean party = readBoolean(record, prefix + "_party", line, problems);
			LocalDate date = null;
			String dateCell = record.get(prefix + "_date");
			if (!dateCell.isEmpty()) {
				try {
					date = LocalDate.parse(dateCell);
				}
				catch (DateTimeParseException ex) {
					problems.add(new Problem(line, prefix + "_date", "import.problem.date", dateCell));
				}
			}
			DepositAction action = null;
			String actionCell = record.get(prefix + "_action");
			if (!actionCell.isEmpty()) {
				action = DepositAction.fromCsv(actionCell).orElse(null);
				if (action == null) {
					problems.add(new Problem(line, prefix + "_action", "import.problem.action", actionCell));
				}
			}
			if (Boolean.FALSE.equals(party) && (date != null || action != null)) {
				problems.add(new Problem(line, prefix + "_party", "import.problem.nonPartyWithAct", "false"));
			}
			participations.add(new Participation(instrument, party, date, action));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Row(code, name, group, unMember, participations);
	}

	private static Boolean readBoolean(CSVRecord record, String column, long line, List<Problem> problems) {
		String cell = record.get(column);
		if (cell.isEmpty()) {
			return null;
		}
		if ("true".equalsIgnoreCase(cell)) {
			return true;
		}
		if ("false".equalsIgnoreCase(cell)) {
			return false;
		}
		problems.add(new Problem(line, column, "import.problem.boolean", cell));
		return null;
	}

	/**
	 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, return at its
	 * start) is written with a leading apostrophe, which spreadsheets show as text
	 * (OWASP's advice against CSV injection); reading the file back removes it.
	 */
	static String protect(String cell) {
		return (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
	}

	static String unprotect(String cell) {
		return (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0)
				? cell.substring(1) : cell;
	}

	/** Writes parties in the file's format; unknown cells stay empty. */
	public static String write(List<StateParty> parties) {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader(COLUMNS.toArray(String[]::new))
			.setRecordSeparator("\n")
			.get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (StateParty party : parties) {
				List<Object> cells = new ArrayList<>(List.of(protect(party.getCode()), protect(party.getName()),
						party.getRegionalGroup().csvLabel(), String.valueOf(party.isUnMember())));
				for (Instrument instrument : Instrument.values()) {
					Participation p = party.participationIn(instrument).orElse(null);
					cells.add((p != null && p.getParty() != null) ? p.getParty().toString() : "");
					cells.add((p != null && p.getDate() != null) ? p.getDate().toString() : "");
					cells.add((p != null && p.getAction() != null) ? p.getAction().csvLabel() : "");
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
