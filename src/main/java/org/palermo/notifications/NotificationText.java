package org.palermo.notifications;

import java.util.List;
import java.util.Locale;

import org.palermo.parties.PartyNames;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notification's key and arguments in one language: {@code state:XX} as the
 * State's name, {@code key:...} as that message, anything else as it is.
 */
@Component("notificationText")
public class NotificationText {

	private final MessageSource messages;

	private final PartyNames names;

	NotificationText(MessageSource messages, PartyNames names) {
		this.messages = messages;
		this.names = names;
	}

	public String render(String key, List<String> arguments, Locale locale) {
		Object[] values = arguments.stream().map((argument) -> argument(argument, locale)).toArray();
		return this.messages.getMessage(key, values, key, locale);
	}

	/** For the inbox page: one entry in the reader's language. */
	public String render(Notification notification, Locale locale) {
		return render(notification.getMessageKey(), notification.getArguments(), locale);
	}

	String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private String argument(String argument, Locale locale) {
		if (argument == null) {
			return "";
		}
		if (argument.startsWith("state:") && argument.length() == 8) {
			return this.names.name(argument.substring(6), locale);
		}
		if (argument.startsWith("key:")) {
			String key = argument.substring(4);
			return this.messages.getMessage(key, null, key, locale);
		}
		return argument;
	}

}
