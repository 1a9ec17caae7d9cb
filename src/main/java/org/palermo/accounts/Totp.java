package org.palermo.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, six digits), as
 * authenticator apps use.
 */
public final class Totp {

	private static final int STEP_SECONDS = 30;

	private Totp() {
	}

	/** A new shared secret, Base32 as authenticator apps expect it. */
	public static String newSecret() {
		return new Base32().encodeToString(Secrets.randomBytes(20)).replace("=", "");
	}

	/** The code for a secret at an instant. */
	public static String code(String secret, Instant at) {
		return codeForStep(secret, at.getEpochSecond() / STEP_SECONDS);
	}

	/** Accepts the current code and those of the adjacent steps, for clock drift. */
	public static boolean verify(String secret, String code, Instant now) {
		return matchingStep(secret, code, now) >= 0;
	}

	/**
	 * The time step whose code this is (current or adjacent, for clock drift), or -1: the
	 * caller keeps the last step used so a code works once.
	 */
	static long matchingStep(String secret, String code, Instant now) {
		if (secret == null || code == null || !code.trim().matches("\\d{6}")) {
			return -1;
		}
		long step = now.getEpochSecond() / STEP_SECONDS;
		for (long candidate = step - 1; candidate <= step + 1; candidate++) {
			if (java.security.MessageDigest.isEqual(codeForStep(secret, candidate).getBytes(),
					code.trim().getBytes())) {
				return candidate;
			}
		}
		return -1;
	}

	/** The {@code otpauth://} URI an authenticator app reads. */
	public static String uri(String secret, String username) {
		String label = java.net.URLEncoder.encode("Palermo:" + username, java.nio.charset.StandardCharsets.UTF_8);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Palermo";
	}

	private static String codeForStep(String secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
