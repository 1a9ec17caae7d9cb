package org.palermo.accounts;

/** What a personal access token may do on {@code /api/**}. */
public enum TokenScope {

	/** GET and HEAD only. */
	READ,
	/** Reading and changing, as far as the owner's role allows. */
	READ_WRITE;

	boolean allows(String method) {
		return this == READ_WRITE || "GET".equals(method) || "HEAD".equals(method);
	}

	public String labelKey() {
		return "token.scope." + name();
	}

}
