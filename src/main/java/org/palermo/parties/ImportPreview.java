package org.palermo.parties;

import java.util.List;

/**
 * What applying an uploaded participation file would change, row by row, before anything
 * is changed.
 */
public record ImportPreview(ParticipationImport upload, List<ParticipationCsv.Problem> problems,
		List<PartyChange> changes, int unchanged, List<String> missingFromFile) {

	public boolean isApplicable() {
		return this.problems.isEmpty() && this.upload.getStatus() == ParticipationImport.Status.PENDING
				&& !this.changes.isEmpty();
	}

	/** A State added or changed by the file, with each cell that differs. */
	public record PartyChange(String code, String name, boolean added, List<FieldChange> fields) {

	}

	/**
	 * One cell: its column and the value before and after ({@code ""} for not recorded).
	 */
	public record FieldChange(String column, String before, String after) {

	}

}
