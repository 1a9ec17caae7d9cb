package org.palermo.civilsociety;

/** Consultative status with the UN Economic and Social Council. */
public enum EcosocStatus {

	NONE, GENERAL, SPECIAL, ROSTER;

	public String labelKey() {
		return "civilsociety.ecosoc." + name();
	}

}
