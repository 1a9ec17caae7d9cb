package org.palermo.documents;

/** Tells what a person may read; {@code null} or an unknown name is anonymous. */
public interface ReaderScopes {

	ReaderScope resolve(String username);

}
