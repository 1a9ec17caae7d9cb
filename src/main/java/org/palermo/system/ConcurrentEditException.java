package org.palermo.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Somebody else changed the same thing since the user loaded it; nothing was overwritten.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String what) {
		super(what);
	}

}
