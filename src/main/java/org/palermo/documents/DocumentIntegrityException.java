package org.palermo.documents;

/** A stored file no longer matches the SHA-256 recorded at upload; it is not served. */
class DocumentIntegrityException extends RuntimeException {

	DocumentIntegrityException(long id) {
		super("The file of document " + id + " does not match its SHA-256");
	}

}
