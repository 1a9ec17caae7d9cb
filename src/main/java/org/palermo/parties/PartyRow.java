package org.palermo.parties;

import java.util.List;

/**
 * One row of the public list of parties, with every label already in the reader's
 * language, so the page renders without a lookup per cell.
 */
public record PartyRow(String code, String name, String group, List<Cell> cells) {

	/** A participation cell: its style and its label. */
	public record Cell(String style, String label) {
	}

}
