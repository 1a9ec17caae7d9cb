package org.palermo.deskreview;

/**
 * A translation of the summary as entered, with the version read (none for the first).
 */
public record TranslationForm(String body, Long version) {
}
