package org.palermo.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input the user can correct; carries the message key that explains what is wrong, in
 * their language.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UserInputException extends RuntimeException {

	private final String messageKey;

	public UserInputException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
