package org.palermo.documents;

/** Who may read a document or any other searchable content. */
public enum Confidentiality {

	/** Anyone, signed in or not. */
	PUBLIC,
	/** The members of one country review and the secretariat. */
	REVIEW,
	/** The secretariat only. */
	SECRETARIAT,
	/** The members of one civil society organisation and the secretariat. */
	ORGANISATION

}
