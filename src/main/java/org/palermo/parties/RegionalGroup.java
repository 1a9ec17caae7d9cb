package org.palermo.parties;

import java.util.Arrays;
import java.util.Optional;

/** The five United Nations regional groups, and NONE for parties outside them. */
public enum RegionalGroup {

	AFRICAN("African"), ASIA_PACIFIC("Asia-Pacific"), EASTERN_EUROPEAN("Eastern European"), GRULAC("GRULAC"),
	WEOG("WEOG"), NONE("none");

	private final String csvLabel;

	RegionalGroup(String csvLabel) {
		this.csvLabel = csvLabel;
	}

	public String csvLabel() {
		return this.csvLabel;
	}

	public String labelKey() {
		return "group." + name();
	}

	/** Reads the label used in the participation file, or the enum name. */
	public static Optional<RegionalGroup> fromCsv(String value) {
		return Arrays.stream(values())
			.filter((group) -> group.csvLabel.equalsIgnoreCase(value.trim())
					|| group.name().equalsIgnoreCase(value.trim()))
			.findFirst();
	}

}
