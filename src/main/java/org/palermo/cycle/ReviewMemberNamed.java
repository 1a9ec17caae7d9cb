package org.palermo.cycle;

/** A person was named to a country review for a State, in a role. */
public record ReviewMemberNamed(long reviewId, long accountId, String partyCode, ReviewRole role) {
}
