package org.palermo.accounts;

import java.time.Instant;

/**
 * One of a person's passkeys as their account page lists it.
 *
 * @param id the credential id (base64url), used to remove it
 * @param label the name the person gave it
 * @param created when it was registered
 * @param lastUsed when it last signed the person in, or {@code null} if never
 */
public record Passkey(String id, String label, Instant created, Instant lastUsed) {

}
