package org.palermo.deskreview;

/**
 * The summary as drafted: its text, its language (first draft only) and the version read.
 */
public record SummaryForm(String body, String language, Long version) {
}
