package org.palermo.civilsociety;

/** Input on a review of a State became public: its followers are told. */
public record CountryInputPublished(long inputId, long reviewId, String stateUnderReview, String title) {
}
