package org.palermo.accounts;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A person who gave the right password but still owes a second factor (or must first set
 * one up): kept in the session, while the person stays anonymous.
 */
record PendingSignIn(String username, boolean setupRequired, long since) implements Serializable {

	static final String ATTRIBUTE = "palermo.pendingSignIn";

	static PendingSignIn of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending) ? pending : null;
	}

}
