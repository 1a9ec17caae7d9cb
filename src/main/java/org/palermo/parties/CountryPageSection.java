package org.palermo.parties;

/**
 * A module's part of the public country page: the parties module renders every bean that
 * implements it, in order, without knowing the modules (reviews, publications).
 */
public interface CountryPageSection {

	/** Where the section stands on the page, lower first. */
	int order();

	/**
	 * What to render for one State: a template holding a fragment {@code section(data)}
	 * and its data; null shows nothing.
	 */
	Rendered render(StateParty party);

	/** A template and the data its {@code section(data)} fragment receives. */
	record Rendered(String template, Object data) {
	}

}
