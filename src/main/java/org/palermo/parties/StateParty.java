package org.palermo.parties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.palermo.instruments.Instrument;

/**
 * A party to the Convention (or a State whose participation is recorded), by ISO code.
 */
@Entity
@Table(name = "state_party")
public class StateParty {

	@Id
	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private RegionalGroup regionalGroup;

	private boolean unMember;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "participation", joinColumns = @JoinColumn(name = "party_code"))
	private List<Participation> participations = new ArrayList<>();

	@Version
	private long version;

	protected StateParty() {
	}

	StateParty(String code, String name, RegionalGroup regionalGroup, boolean unMember) {
		this.code = code;
		this.name = name;
		this.regionalGroup = regionalGroup;
		this.unMember = unMember;
	}

	public String getCode() {
		return this.code;
	}

	/** The English short name, as in the reference file. */
	public String getName() {
		return this.name;
	}

	public RegionalGroup getRegionalGroup() {
		return this.regionalGroup;
	}

	public boolean isUnMember() {
		return this.unMember;
	}

	/** Participation in every instrument, in the order Convention, TIP, SOM, FA. */
	public List<Participation> getParticipations() {
		return this.participations.stream()
			.sorted(Comparator.comparing((Participation p) -> p.getInstrument().ordinal()))
			.toList();
	}

	public Optional<Participation> participationIn(Instrument instrument) {
		return this.participations.stream().filter((p) -> p.getInstrument() == instrument).findFirst();
	}

	public boolean isPartyTo(Instrument instrument) {
		return participationIn(instrument).map(Participation::isConfirmedParty).orElse(false);
	}

	public long getVersion() {
		return this.version;
	}

	/** Replaces the recorded facts with those of an imported row. */
	void update(String newName, RegionalGroup newGroup, boolean newUnMember, List<Participation> newParticipations) {
		this.name = newName;
		this.regionalGroup = newGroup;
		this.unMember = newUnMember;
		this.participations.clear();
		this.participations.addAll(newParticipations);
	}

}
