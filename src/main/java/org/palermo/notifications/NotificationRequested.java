package org.palermo.notifications;

import java.util.List;
import java.util.Set;

/**
 * Asks the notifications module to tell people that something concerns them: an entry in
 * each recipient's inbox and, as each chose for this kind, a mail now or in the daily
 * digest, in the recipient's own language. Modules publish it as a domain event; they
 * never call the notifications module's services.
 * <p>
 * The text is a message key and arguments rendered for each recipient. An argument of the
 * form {@code state:XX} is rendered as that State's name in the recipient's language, and
 * {@code key:some.message.key} as that message; any other argument is shown as it is.
 * Arguments and link carry nothing confidential: only what the recipient could read on a
 * public page (State, cluster, step, date), never answer, feedback or observation text,
 * nor a withheld name.
 *
 * @param recipients account ids of the people to tell
 * @param kind what the notification is about
 * @param messageKey message key of the one-line text
 * @param arguments the key's arguments, as described above
 * @param link path inside the platform, starting with {@code /}, to the item
 */
public record NotificationRequested(Set<Long> recipients, NotificationKind kind, String messageKey,
		List<String> arguments, String link) {

	public NotificationRequested {
		recipients = Set.copyOf(recipients);
		arguments = List.copyOf(arguments);
		if (link == null || !link.startsWith("/")) {
			throw new IllegalArgumentException("link must be a path inside the platform");
		}
	}

}
