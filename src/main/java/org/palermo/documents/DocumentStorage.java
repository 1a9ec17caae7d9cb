package org.palermo.documents;

import java.util.regex.Pattern;

/**
 * Where files live: the local file system under the data dir, or an S3-compatible store.
 * Keys are made by Palermo, never taken from a user.
 */
interface DocumentStorage {

	Pattern KEY = Pattern.compile("[a-z0-9]+(/[a-z0-9-]+)*");

	void put(String key, byte[] content);

	byte[] get(String key);

	/** Removes a file, if it exists. */
	void delete(String key);

	/**
	 * Refuses any key that is not Palermo's own shape, so no path can escape the store.
	 */
	static String checked(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return key;
	}

}
