package org.palermo.documents;

/**
 * Published by any module when content the search should find was created or changed;
 * indexed once the publishing transaction commits.
 */
public record SearchableContentChanged(SearchableContent content) {
}
