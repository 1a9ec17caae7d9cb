package org.palermo.cycle;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.palermo.instruments.Instrument;

/** A reviewing State in one country review, with the instruments it reviews. */
@Embeddable
public class Reviewer {

	@Column(name = "party_code")
	private String partyCode;

	@Enumerated(EnumType.STRING)
	private ReviewerSlot slot;

	private String instruments;

	protected Reviewer() {
	}

	public Reviewer(String partyCode, ReviewerSlot slot, List<Instrument> instruments) {
		this.partyCode = partyCode;
		this.slot = slot;
		this.instruments = String.join(",", instruments.stream().map(Instrument::name).toList());
	}

	public String getPartyCode() {
		return this.partyCode;
	}

	public ReviewerSlot getSlot() {
		return this.slot;
	}

	public List<Instrument> getInstruments() {
		return this.instruments.isEmpty() ? List.of()
				: Arrays.stream(this.instruments.split(",")).map(Instrument::valueOf).toList();
	}

}
