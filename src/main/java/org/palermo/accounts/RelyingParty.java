package org.palermo.accounts;

import java.net.URI;
import java.util.Set;

/**
 * Who Palermo is to a passkey: the relying party id (the host name people see, from
 * {@code palermo.public-url} unless {@code palermo.passkeys.rp-id} says otherwise), its
 * name, and the one origin browsers may sign from.
 */
record RelyingParty(String id, String name, Set<String> origins) {

	static RelyingParty of(String publicUrl, String rpId, String rpName) {
		URI url = URI.create(publicUrl.trim());
		String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
		int port = url.getPort();
		boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443)
				|| ("http".equals(scheme) && port == 80);
		String origin = scheme + "://" + url.getHost() + (defaultPort ? "" : ":" + port);
		String id = (rpId == null || rpId.isBlank()) ? url.getHost() : rpId.trim();
		return new RelyingParty(id, (rpName == null || rpName.isBlank()) ? "Palermo" : rpName.trim(), Set.of(origin));
	}

}
