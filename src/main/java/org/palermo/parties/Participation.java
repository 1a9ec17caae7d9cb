package org.palermo.parties;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.palermo.instruments.Instrument;

/**
 * A State's standing towards one instrument. Each part may be unknown ({@code null}): an
 * unknown cell stays unknown and is shown as "not recorded", never guessed.
 */
@Embeddable
public class Participation {

	@Enumerated(EnumType.STRING)
	private Instrument instrument;

	private Boolean party;

	@Column(name = "deposit_date")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	private DepositAction action;

	protected Participation() {
	}

	public Participation(Instrument instrument, Boolean party, LocalDate date, DepositAction action) {
		this.instrument = instrument;
		this.party = party;
		this.date = date;
		this.action = action;
	}

	public Instrument getInstrument() {
		return this.instrument;
	}

	/** {@code true} party, {@code false} not party, {@code null} not recorded. */
	public Boolean getParty() {
		return this.party;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public DepositAction getAction() {
		return this.action;
	}

	public boolean isConfirmedParty() {
		return Boolean.TRUE.equals(this.party);
	}

	boolean sameAs(Participation other) {
		return this.instrument == other.instrument && java.util.Objects.equals(this.party, other.party)
				&& java.util.Objects.equals(this.date, other.date) && this.action == other.action;
	}

}
