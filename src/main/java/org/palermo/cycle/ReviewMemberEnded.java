package org.palermo.cycle;

/** A person left a country review (replaced or removed); the history keeps them. */
public record ReviewMemberEnded(long reviewId, long accountId, String partyCode, ReviewRole role) {
}
