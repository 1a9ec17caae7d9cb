package org.palermo.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives what other modules ask to tell people, after their transaction commits; the
 * event publication registry keeps each request until it is handled.
 */
@Component
class NotificationListener {

	private final NotificationService notifications;

	NotificationListener(NotificationService notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(NotificationRequested request) {
		this.notifications.deliver(request);
	}

}
