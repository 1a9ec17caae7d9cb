package org.palermo.cycle;

import java.util.List;

import org.palermo.parties.CountryPageSection;
import org.palermo.parties.StateParty;

import org.springframework.stereotype.Component;

/**
 * The focal point's contact on the public country page, only where the State agreed to
 * show it.
 */
@Component
class FocalPointContactSection implements CountryPageSection {

	private final TransparencyService transparency;

	FocalPointContactSection(TransparencyService transparency) {
		this.transparency = transparency;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public Rendered render(StateParty party) {
		List<TransparencyService.Contact> contacts = this.transparency.publicContacts(party.getCode());
		return contacts.isEmpty() ? null : new Rendered("cycle/_country-contact", contacts);
	}

}
