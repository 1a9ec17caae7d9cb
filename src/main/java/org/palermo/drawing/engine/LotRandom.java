package org.palermo.drawing.engine;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The random stream of a drawing, the same on every machine: block j is SHA-256(seed || j
 * as 8 big-endian bytes), read as four 64-bit big-endian words; a lot among n uses the
 * word shifted right by one (63 bits) and rejects values at or above the largest multiple
 * of n, then takes the rest modulo n.
 */
public final class LotRandom {

	private final byte[] seed;

	private long block;

	private ByteBuffer words = ByteBuffer.allocate(0);

	public LotRandom(byte[] seed) {
		this.seed = seed.clone();
	}

	/** A copy that goes on from the same place in the stream, independently. */
	LotRandom copy() {
		LotRandom copy = new LotRandom(this.seed);
		copy.block = this.block;
		copy.words = this.words.duplicate();
		return copy;
	}

	/** A uniform integer in [0, n). */
	public int nextInt(int n) {
		if (n <= 0) {
			throw new IllegalArgumentException("n must be positive");
		}
		long limit = (Long.MAX_VALUE / n) * n;
		while (true) {
			long value = nextWord() >>> 1;
			if (value < limit) {
				return (int) (value % n);
			}
		}
	}

	private long nextWord() {
		if (!this.words.hasRemaining()) {
			this.words = ByteBuffer.wrap(sha256(this.seed, ByteBuffer.allocate(8).putLong(this.block++).array()));
		}
		return this.words.getLong();
	}

	static byte[] sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
