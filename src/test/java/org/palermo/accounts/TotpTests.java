package org.palermo.accounts;

import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	/** The RFC 6238 appendix B secret for HMAC-SHA1. */
	private static final String RFC_SECRET = new Base32().encodeToString("12345678901234567890".getBytes());

	@Test
	void producesTheRfc6238TestVectorsTruncatedToSixDigits() {
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
	}

	@Test
	void acceptsTheAdjacentStepButNotOlderCodesOrGarbage() {
		Instant now = Instant.ofEpochSecond(1111111109);
		String previous = Totp.code(RFC_SECRET, now.minusSeconds(30));
		String old = Totp.code(RFC_SECRET, now.minusSeconds(90));
		assertThat(Totp.verify(RFC_SECRET, previous, now)).isTrue();
		assertThat(Totp.verify(RFC_SECRET, old, now)).isFalse();
		assertThat(Totp.verify(RFC_SECRET, "12345", now)).isFalse();
		assertThat(Totp.verify(RFC_SECRET, "abcdef", now)).isFalse();
		assertThat(Totp.verify(null, "123456", now)).isFalse();
	}

	@Test
	void newSecretsAreDistinctAndReadableByAuthenticatorApps() {
		String secret = Totp.newSecret();
		assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
		assertThat(Totp.uri(secret, "focalpoint")).startsWith("otpauth://totp/Palermo%3Afocalpoint?secret=" + secret);
	}

}
