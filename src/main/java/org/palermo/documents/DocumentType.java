package org.palermo.documents;

/** What kind of document the library holds. */
public enum DocumentType {

	LEGISLATION, CASE_LAW, POLICY, GUIDE, REVIEW_DOCUMENT, CIVIL_SOCIETY_INPUT;

	/** Message key of the type's name. */
	public String labelKey() {
		return "documents.type." + name();
	}

}
