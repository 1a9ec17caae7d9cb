package org.palermo.parties;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.instruments.Instrument;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipationCsvTests {

	private static ParticipationCsv.Result referenceFile() {
		return ParticipationCsv
			.read(new InputStreamReader(ParticipationCsvTests.class.getResourceAsStream("/db/data/states-parties.csv"),
					StandardCharsets.UTF_8));
	}

	@Test
	void readsEveryStateOfTheReferenceFileWithoutProblems() {
		ParticipationCsv.Result result = referenceFile();
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).hasSize(198);
		assertThat(result.rows().stream().filter((r) -> r.participations().get(0).isConfirmedParty())).hasSize(192);
	}

	@Test
	void keepsUnknownCellsUnknown() {
		ParticipationCsv.Row afghanistan = referenceFile().rows()
			.stream()
			.filter((r) -> r.code().equals("AF"))
			.findFirst()
			.orElseThrow();
		Participation tip = afghanistan.participations().get(Instrument.TIP.ordinal());
		assertThat(tip.getParty()).isNull();
		assertThat(tip.getDate()).isNull();
		assertThat(tip.getAction()).isNull();
		Participation som = afghanistan.participations().get(Instrument.SOM.ordinal());
		assertThat(som.getParty()).isTrue();
		assertThat(som.getDate()).isEqualTo(LocalDate.of(2017, 2, 2));
		assertThat(som.getAction()).isEqualTo(DepositAction.ACCESSION);
	}

	@Test
	void reportsEveryBadCellWithItsLineAndColumn() {
		String csv = String.join(",", ParticipationCsv.COLUMNS) + "\n"
				+ "kE,Kenya,Atlantis,maybe,true,2004-13-01,ratified,false,2005-01-05,,,,,,,\n"
				+ "FR,France,WEOG,true,true,,,,,,,,,,,\n" + "FR,France,WEOG,true,true,,,,,,,,,,,\n";
		ParticipationCsv.Result result = ParticipationCsv.read(new StringReader(csv));
		assertThat(result.isValid()).isFalse();
		assertThat(result.problems()).extracting(ParticipationCsv.Problem::line, ParticipationCsv.Problem::column)
			.contains(org.assertj.core.groups.Tuple.tuple(2L, "iso2"),
					org.assertj.core.groups.Tuple.tuple(2L, "regional_group"),
					org.assertj.core.groups.Tuple.tuple(2L, "un_member"),
					org.assertj.core.groups.Tuple.tuple(2L, "untoc_date"),
					org.assertj.core.groups.Tuple.tuple(2L, "untoc_action"),
					org.assertj.core.groups.Tuple.tuple(2L, "tip_party"),
					org.assertj.core.groups.Tuple.tuple(4L, "iso2"));
	}

	@Test
	void refusesAFileWithOtherColumns() {
		ParticipationCsv.Result result = ParticipationCsv.read(new StringReader("code,name\nKE,Kenya\n"));
		assertThat(result.problems()).singleElement()
			.extracting(ParticipationCsv.Problem::messageKey)
			.isEqualTo("import.problem.header");
	}

	@Test
	void writesWhatItReads() {
		List<ParticipationCsv.Row> rows = referenceFile().rows();
		List<StateParty> parties = rows.stream().map((row) -> {
			StateParty party = new StateParty(row.code(), row.name(), row.group(), row.unMember());
			party.update(row.name(), row.group(), row.unMember(), row.participations());
			return party;
		}).toList();
		ParticipationCsv.Result again = ParticipationCsv.read(new StringReader(ParticipationCsv.write(parties)));
		assertThat(again.problems()).isEmpty();
		assertThat(again.rows()).hasSize(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			assertThat(again.rows().get(i).code()).isEqualTo(rows.get(i).code());
			for (int j = 0; j < 4; j++) {
				assertThat(again.rows().get(i).participations().get(j).sameAs(rows.get(i).participations().get(j)))
					.as(rows.get(i).code() + " " + j)
					.isTrue();
			}
		}
	}

	@Test
	void theListOfProblemsStopsAtItsCapEvenWhenOneRowHoldsMany() {
		String header = String.join(",", ParticipationCsv.COLUMNS);
		String bad = "k1,,nowhere,maybe,maybe,someday,somehow,maybe,someday,somehow,maybe,someday,somehow,maybe,someday,somehow";
		StringBuilder csv = new StringBuilder(header).append('\n');
		for (int i = 0; i < 20; i++) {
			csv.append(bad).append('\n');
		}
		List<ParticipationCsv.Problem> problems = ParticipationCsv.read(new StringReader(csv.toString())).problems();
		assertThat(problems).hasSize(101);
		assertThat(problems.get(100).messageKey()).isEqualTo("import.problem.tooManyProblems");
	}

}
