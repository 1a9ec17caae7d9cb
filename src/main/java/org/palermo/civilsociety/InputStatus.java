package org.palermo.civilsociety;

/** Where an organisation's input stands: the status it follows and can trust. */
public enum InputStatus {

	RECEIVED, SHARED, CONSIDERED, REFLECTED, NOT_TAKEN_UP;

	public String labelKey() {
		return "civilsociety.inputStatus." + name();
	}

}
