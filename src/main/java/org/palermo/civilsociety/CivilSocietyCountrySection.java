package org.palermo.civilsociety;

import java.util.List;

import org.palermo.parties.CountryPageSection;
import org.palermo.parties.StateParty;

import org.springframework.stereotype.Component;

/**
 * Civil society's part of the public country page: the public input on the State's
 * reviews and the listed organisations working there.
 */
@Component
public class CivilSocietyCountrySection implements CountryPageSection {

	private final CountryInputService inputs;

	private final OrganisationService organisations;

	CivilSocietyCountrySection(CountryInputService inputs, OrganisationService organisations) {
		this.inputs = inputs;
		this.organisations = organisations;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Rendered render(StateParty party) {
		return new Rendered("civilsociety/_country",
				new Data(party.getCode(), this.inputs.publicForCountry(party.getCode()),
						this.organisations.directory(party.getCode(), null, null)));
	}

	/** What the fragment shows. */
	public record Data(String code, List<CountryInputService.InputView> inputs, List<Organisation> organisations) {
	}

}
