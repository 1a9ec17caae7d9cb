package org.palermo.parties;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palermo.instruments.Instrument;
import org.palermo.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parties module's front door. */
@Service
public class PartyService {

	private final StatePartyRepository parties;

	PartyService(StatePartyRepository parties) {
		this.parties = parties;
	}

	/**
	 * Every recorded State, by English name, optionally only one group and only parties
	 * to one instrument.
	 */
	@Transactional(readOnly = true)
	public List<StateParty> find(RegionalGroup group, Instrument instrument) {
		return this.parties.findAllWithParticipation()
			.stream()
			.filter((p) -> group == null || p.getRegionalGroup() == group)
			.filter((p) -> instrument == null || p.isPartyTo(instrument))
			.sorted(Comparator.comparing(StateParty::getName))
			.toList();
	}

	@Transactional(readOnly = true)
	public StateParty party(String code) {
		return findParty(code).orElseThrow(() -> new NotFoundException("party"));
	}

	@Transactional(readOnly = true)
	public Optional<StateParty> findParty(String code) {
		if (code == null || !code.matches("[A-Za-z]{2}")) {
			return Optional.empty();
		}
		return this.parties.findById(code.toUpperCase(java.util.Locale.ROOT));
	}

	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return findParty(code).isPresent();
	}

	/** A number that changes whenever any party or participation does. */
	@Transactional(readOnly = true)
	public long dataVersion() {
		return this.parties.dataVersion();
	}

	/** How many confirmed parties each instrument has in each regional group. */
	@Transactional(readOnly = true)
	public Map<Instrument, Map<RegionalGroup, Long>> partiesPerGroup() {
		return partiesPerGroup(this.parties.findAllWithParticipation());
	}

	/** The same counts over parties already loaded (all of them). */
	public static Map<Instrument, Map<RegionalGroup, Long>> partiesPerGroup(List<StateParty> all) {
		Map<Instrument, Map<RegionalGroup, Long>> counts = new EnumMap<>(Instrument.class);
		for (Instrument instrument : Instrument.values()) {
			Map<RegionalGroup, Long> byGroup = new EnumMap<>(RegionalGroup.class);
			for (RegionalGroup group : RegionalGroup.values()) {
				byGroup.put(group,
						all.stream().filter((p) -> p.getRegionalGroup() == group && p.isPartyTo(instrument)).count());
			}
			counts.put(instrument, byGroup);
		}
		return counts;
	}

}
