package db.migration;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.palermo.parties.Participation;
import org.palermo.parties.ParticipationCsv;

/**
 * Loads the reference data from the versioned files in {@code db/data}: every article
 * with its default cluster and the basis of that placement, and every State with its
 * participation.
 */
public class V003__reference_data_load extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		loadArticles(connection);
		loadParties(connection);
	}

	private void loadArticles(Connection connection) throws Exception {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader reader = open("db/data/articles.csv");
				CSVParser parser = CSVParser.parse(reader, format);
				PreparedStatement insert = connection.prepareStatement(
						"insert into article (instrument, number, title_en, cluster, cluster_basis) values (?, ?, ?, ?, ?)")) {
			for (CSVRecord record : parser) {
				insert.setString(1, record.get("instrument"));
				insert.setInt(2, Integer.parseInt(record.get("article")));
				insert.setString(3, record.get("title_en"));
				setOrNull(insert, 4, record.get("cluster"));
				setOrNull(insert, 5, record.get("cluster_basis").toUpperCase(java.util.Locale.ROOT));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private void loadParties(Connection connection) throws Exception {
		ParticipationCsv.Result result;
		try (Reader reader = open("db/data/states-parties.csv")) {
			result = ParticipationCsv.read(reader);
		}
		if (!result.isValid()) {
			throw new IllegalStateException("Reference file states-parties.csv is invalid: " + result.problems());
		}
		try (PreparedStatement party = connection
			.prepareStatement("insert into state_party (code, name, regional_group, un_member) values (?, ?, ?, ?)");
				PreparedStatement participation = connection.prepareStatement(
						"insert into participation (party_code, instrument, party, deposit_date, action) values (?, ?, ?, ?, ?)")) {
			for (ParticipationCsv.Row row : result.rows()) {
				party.setString(1, row.code());
				party.setString(2, row.name());
				party.setString(3, row.group().name());
				party.setBoolean(4, row.unMember());
				party.addBatch();
				for (Participation p : row.participations()) {
					participation.setString(1, row.code());
					participation.setString(2, p.getInstrument().name());
					if (p.getParty() == null) {
						participation.setNull(3, Types.BOOLEAN);
					}
					else {
						participation.setBoolean(3, p.getParty());
					}
					if (p.getDate() == null) {
						participation.setNull(4, Types.DATE);
					}
					else {
						participation.setDate(4, Date.valueOf(p.getDate()));
					}
					setOrNull(participation, 5, (p.getAction() != null) ? p.getAction().name() : "");
					participation.addBatch();
				}
			}
			party.executeBatch();
			participation.executeBatch();
		}
	}

	private static void setOrNull(PreparedStatement statement, int index, String value) throws Exception {
		if (value == null || value.isEmpty()) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, value);
		}
	}

	private static Reader open(String resource) {
		return new InputStreamReader(V003__reference_data_load.class.getClassLoader().getResourceAsStream(resource),
				StandardCharsets.UTF_8);
	}

}
