package org.palermo.parties;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of act by which a State became party to an instrument. */
public enum DepositAction {

	RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL, SUCCESSION;

	public String csvLabel() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String labelKey() {
		return "action." + name();
	}

	public static Optional<DepositAction> fromCsv(String value) {
		return Arrays.stream(values()).filter((action) -> action.name().equalsIgnoreCase(value.trim())).findFirst();
	}

}
