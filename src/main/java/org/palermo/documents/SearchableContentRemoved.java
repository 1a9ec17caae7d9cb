package org.palermo.documents;

/**
 * Published when content must no longer be found; removed once the transaction commits.
 */
public record SearchableContentRemoved(String source, String id) {
}
