package org.palermo.parties;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exported file is opened in spreadsheets: no cell may run as a formula, and the
 * export still imports back unchanged.
 */
class ParticipationCsvProtectionTests {

	@Test
	void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
		for (String name : List.of("=HYPERLINK(\"http://evil.example\",\"Kenya\")", "+1+cmd|' /C calc'!A0", "-2+3",
				"@SUM(A1:A2)")) {
			StateParty party = new StateParty("KE", name, RegionalGroup.AFRICAN, true);
			String csv = ParticipationCsv.write(List.of(party));
			String row = csv.lines().skip(1).findFirst().orElseThrow();
			assertThat(row).doesNotContain("," + name).doesNotContain(",\"" + name);
			assertThat(row).containsAnyOf(",'" + name.charAt(0), ",\"'" + name.charAt(0));
			ParticipationCsv.Result back = ParticipationCsv.read(new StringReader(csv));
			assertThat(back.problems()).isEmpty();
			assertThat(back.rows()).singleElement().extracting(ParticipationCsv.Row::name).isEqualTo(name);
		}
	}

	@Test
	void ordinaryNamesAreWrittenAsTheyAre() {
		String csv = ParticipationCsv.write(List.of(new StateParty("KE", "Kenya", RegionalGroup.AFRICAN, true)));
		assertThat(csv).contains("\nKE,Kenya,African,true");
	}

	@Test
	void aHugeFileStopsAtAHundredProblemsOrAThousandRows() {
		String header = String.join(",", ParticipationCsv.COLUMNS) + "\n";
		ParticipationCsv.Result junk = ParticipationCsv.read(new StringReader(header + "x\n".repeat(500_000)));
		assertThat(junk.problems()).hasSize(ParticipationCsv.MAX_PROBLEMS + 1);
		assertThat(junk.problems().get(ParticipationCsv.MAX_PROBLEMS).messageKey())
			.isEqualTo("import.problem.tooManyProblems");
		String row = "KE,Kenya,African,true" + ",,,".repeat(4) + "\n";
		ParticipationCsv.Result many = ParticipationCsv.read(new StringReader(header + row.repeat(200_000)));
		assertThat(many.problems()).hasSizeLessThanOrEqualTo(ParticipationCsv.MAX_PROBLEMS + 1);
		assertThat(many.rows()).hasSizeLessThanOrEqualTo(ParticipationCsv.MAX_ROWS);
	}

}
