package org.palermo.instruments;

/** The Convention and the three Protocols that supplement it. */
public enum Instrument {

	UNTOC, TIP, SOM, FA;

	/** Message key of the instrument's full title. */
	public String titleKey() {
		return "instrument." + name() + ".title";
	}

	/** Message key of the instrument's short name. */
	public String shortKey() {
		return "instrument." + name() + ".short";
	}

}
