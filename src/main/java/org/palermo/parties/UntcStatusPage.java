package org.palermo.parties;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.palermo.instruments.Instrument;

/**
 * Reads the depositary's own status table of one instrument: the UN Treaty Collection
 * status page (chapter XVIII, 12, 12.a, 12.b or 12.c) saved as HTML. Each participant's
 * name is matched to its code (the names Palermo records, and the UN's formal and common
 * names where they differ); the date in the last column makes it a party, with the kind
 * of act its mark gives (none: ratification, {@code a} accession, {@code A} acceptance,
 * {@code AA} approval, {@code d} succession); a signature alone makes it a signatory, not
 * a party. Footnote marks ({@code <sup>} or trailing digits) are ignored. The result has
 * the shape of a participation file, so the import shows it through the same preview: one
 * row per participant listed, with every other instrument as recorded; States not listed
 * stay as they are (the preview names them).
 */
final class UntcStatusPage {

	/**
	 * Names of the UN Treaty Collection, or in common use, that differ from Palermo's.
	 */
	private static final Map<String, String> ALIASES = Map.ofEntries(
			Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"),
			Map.entry("United States of America", "US"), Map.entry("Netherlands (Kingdom of the)", "NL"),
			Map.entry("Czech Republic", "CZ"), Map.entry("Turkey", "TR"), Map.entry("Swaziland", "SZ"),
			Map.entry("The former Yugoslav Republic of Macedonia", "MK"), Map.entry("Cape Verde", "CV"),
			Map.entry("Ivory Coast", "CI"), Map.entry("Russia", "RU"), Map.entry("Vietnam", "VN"),
			Map.entry("Bolivia", "BO"), Map.entry("Venezuela", "VE"), Map.entry("Iran", "IR"), Map.entry("Syria", "SY"),
			Map.entry("Laos", "LA"), Map.entry("Moldova", "MD"), Map.entry("Tanzania", "TZ"),
			Map.entry("Micronesia", "FM"), Map.entry("South Korea", "KR"), Map.entry("Korea, Republic of", "KR"),
			Map.entry("North Korea", "KP"), Map.entry("Congo, Democratic Republic of the", "CD"),
			Map.entry("DR Congo", "CD"), Map.entry("Republic of the Congo", "CG"), Map.entry("Congo-Brazzaville", "CG"),
			Map.entry("The Gambia", "GM"), Map.entry("Gambia (Republic of The)", "GM"), Map.entry("Palestine", "PS"),
			Map.entry("East Timor", "TL"), Map.entry("Brunei", "BN"), Map.entry("Slovak Republic", "SK"),
			Map.entry("Vatican", "VA"), Map.entry("Kyrgyz Republic", "KG"), Map.entry("Burma", "MM"));

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/**
	 * A date and its mark: {@code 24 Sep 2003}, {@code 1 Apr 2013 a},
	 * {@code 21 Mar 2014 AA}.
	 */
	private static final Pattern ACT = Pattern.compile("(\\d{1,2} [A-Za-z]{3,9} \\d{4})\\s*(AA|A|a|d|c)?");

	private UntcStatusPage() {
	}

	/**
	 * Reads a saved status page against the parties Palermo records; problems (an
	 * instrument or table not found, a name not matched, a date not read) are reported as
	 * in a participation file, with the table row as line.
	 */
	static ParticipationCsv.Result read(String html, List<StateParty> current) {
		List<ParticipationCsv.Row> rows = new ArrayList<>();
		List<ParticipationCsv.Problem> problems = new ArrayList<>();
		Document page = Jsoup.parse(html);
		page.select("sup").remove();
		Instrument instrument = instrument(page);
		if (instrument == null) {
			problems.add(new ParticipationCsv.Problem(0, "", "untc.problem.instrument", page.title()));
			return new ParticipationCsv.Result(rows, problems);
		}
		Element table = statusTable(page);
		if (table == null) {
			problems.add(new ParticipationCsv.Problem(0, "", "untc.problem.table", page.title()));
			return new ParticipationCsv.Result(rows, problems);
		}
		List<String> header = texts(table.select("tr").first());
		int nameColumn = column(header, "participant");
		int signatureColumn = column(header, "signature");
		int actColumn = column(header, "ratification");
		if (nameColumn < 0 || actColumn < 0) {
			problems.add(new ParticipationCsv.Problem(1, "", "untc.problem.table", String.join(" | ", header)));
			return new ParticipationCsv.Result(rows, problems);
		}
		Map<String, StateParty> byCode = new HashMap<>();
		Map<String, String> codes = new HashMap<>();
		for (StateParty party : current) {
			byCode.put(party.getCode(), party);
			codes.put(normalized(party.getName()), party.getCode());
		}
		ALIASES.forEach((name, code) -> codes.putIfAbsent(normalized(name), code));
		Set<String> seen = new HashSet<>();
		List<Element> lines = table.select("tr");
		for (int i = 1; i < lines.size() && problems.size() < ParticipationCsv.MAX_PROBLEMS; i++) {
			List<String> cells = texts(lines.get(i));
			long line = i + 1;
			if (cells.size() <= Math.max(nameColumn, actColumn) || cells.get(nameColumn).isBlank()) {
				continue;
			}
			String name = cells.get(nameColumn).replaceAll("[\\d,\\s]+$", "").strip();
			String code = codes.get(normalized(name));
			StateParty party = (code != null) ? byCode.get(code) : null;
			if (party == null) {
				problems.add(new ParticipationCsv.Problem(line, "participant", "untc.problem.name", name));
				continue;
			}
			if (!seen.add(code)) {
				problems.add(new ParticipationCsv.Problem(line, "participant", "import.problem.duplicate", name));
				continue;
			}
			String act = cells.get(actColumn).strip();
			String signature = (signatureColumn >= 0 && signatureColumn < cells.size())
					? cells.get(signatureColumn).strip() : "";
			Participation participation;
			if (!act.isEmpty()) {
				Matcher matcher = ACT.matcher(act);
				LocalDate date = null;
				if (matcher.lookingAt()) {
					try {
						date = LocalDate.parse(matcher.group(1), DATE);
					}
					catch (DateTimeParseException ex) {
						date = null;
					}
				}
				if (date == null) {
					problems.add(new ParticipationCsv.Problem(line, "ratification", "untc.problem.date", act));
					continue;
				}
				participation = new Participation(instrument, true, date, action(matcher.group(2)));
			}
			else if (!signature.isEmpty()) {
				// A signatory that has not ratified is not a party.
				participation = new Participation(instrument, false, null, null);
			}
			else {
				continue;
			}
			List<Participation> participations = new ArrayList<>();
			for (Participation existing : party.getParticipations()) {
				if (existing.getInstrument() != instrument) {
					participations.add(existing);
				}
			}
			participations.add(participation);
			participations.sort((a, b) -> a.getInstrument().compareTo(b.getInstrument()));
			rows.add(new ParticipationCsv.Row(party.getCode(), party.getName(), party.getRegionalGroup(),
					party.isUnMember(), participations));
		}
		return new ParticipationCsv.Result(rows, problems);
	}

	/**
	 * The instrument whose status the page gives, from its title and headings: the
	 * Protocols first, since their titles name the Convention they supplement.
	 */
	private static Instrument instrument(Document page) {
		String title = (page.title() + " " + String.join(" ", page.select("h1, h2, h3, .treatyTitle").eachText()))
			.toLowerCase(Locale.ROOT);
		if (title.contains("firearms")) {
			return Instrument.FA;
		}
		if (title.contains("smuggling of migrants")) {
			return Instrument.SOM;
		}
		if (title.contains("trafficking in persons")) {
			return Instrument.TIP;
		}
		if (title.contains("transnational organized crime")) {
			return Instrument.UNTOC;
		}
		return null;
	}

	/** The table whose first row names the participants. */
	private static Element statusTable(Document page) {
		for (Element table : page.select("table")) {
			Element first = table.select("tr").first();
			if (first != null && column(texts(first), "participant") >= 0) {
				return table;
			}
		}
		return null;
	}

	/** The text of every cell of a row, empty cells included. */
	private static List<String> texts(Element row) {
		return row.select("th, td").stream().map(Element::text).toList();
	}

	private static int column(List<String> header, String word) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).toLowerCase(Locale.ROOT).contains(word)) {
				return i;
			}
		}
		return -1;
	}

	private static DepositAction action(String mark) {
		if (mark == null) {
			return DepositAction.RATIFICATION;
		}
		return switch (mark) {
			case "a" -> DepositAction.ACCESSION;
			case "A" -> DepositAction.ACCEPTANCE;
			case "AA" -> DepositAction.APPROVAL;
			case "d" -> DepositAction.SUCCESSION;
			// Formal confirmation (c), by international organizations, counts as
			// approval.
			default -> DepositAction.APPROVAL;
		};
	}

	/**
	 * A name compared without accents, case, apostrophe style or extra spaces: "Côte
	 * d’Ivoire" and "Cote d'Ivoire" are the same State; "Guinea" and "Guinea-Bissau", or
	 * "Niger" and "Nigeria", are not.
	 */
	static String normalized(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.replace('’', '\'')
			.replace('‘', '\'')
			.replace('`', '\'')
			.replaceAll("\\s+", " ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

}
