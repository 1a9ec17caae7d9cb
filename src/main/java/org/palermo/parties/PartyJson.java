package org.palermo.parties;

import java.time.LocalDate;
import java.util.List;

/**
 * A State as the public API shows it. {@code party}, {@code date} and {@code action} are
 * {@code null} where not recorded.
 */
record PartyJson(String code, String name, String regionalGroup, boolean unMember,
		List<InstrumentParticipationJson> instruments) {

	record InstrumentParticipationJson(String instrument, Boolean party, LocalDate date, String action) {

	}

	static PartyJson of(StateParty party) {
		return new PartyJson(party.getCode(), party.getName(), party.getRegionalGroup().name(), party.isUnMember(),
				party.getParticipations()
					.stream()
					.map((p) -> new InstrumentParticipationJson(p.getInstrument().name(), p.getParty(), p.getDate(),
							(p.getAction() != null) ? p.getAction().name() : null))
					.toList());
	}

}
