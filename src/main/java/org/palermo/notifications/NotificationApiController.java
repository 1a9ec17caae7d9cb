package org.palermo.notifications;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox as JSON (session or bearer token). */
@RestController
@Tag(name = "Notifications")
class NotificationApiController {

	private final NotificationService notifications;

	private final NotificationText text;

	NotificationApiController(NotificationService notifications, NotificationText text) {
		this.notifications = notifications;
		this.text = text;
	}

	@GetMapping("/api/me/notifications")
	@Operation(summary = "The caller's notifications, newest first (at most 100), with the unread count; "
			+ "?kind= and ?unread=true filter; text in the request's language (?lang=)")
	InboxJson inbox(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean unread,
			Principal principal) {
		Locale locale = LocaleContextHolder.getLocale();
		List<EntryJson> entries = this.notifications
			.inbox(principal.getName(), NotificationController.kind(kind), unread)
			.stream()
			.map((n) -> new EntryJson(n.getId(), n.getKind(), this.text.render(n, locale), n.getLink(),
					n.getCreatedAt(), n.getReadAt() == null, n.getReadAt()))
			.toList();
		return new InboxJson(this.notifications.unreadCount(principal.getName()), entries);
	}

	@PostMapping("/api/me/notifications/{id}/read")
	@Operation(summary = "Marks one of the caller's notifications read (204); 404 when it is not theirs")
	ResponseEntity<Void> read(@PathVariable long id, Principal principal) {
		this.notifications.markRead(principal.getName(), id);
		return ResponseEntity.noContent().build();
	}

	/** The inbox: how many are unread, and the entries. */
	record InboxJson(long unread, List<EntryJson> notifications) {
	}

	/** One entry: its text in the caller's language and the path of the item. */
	record EntryJson(long id, NotificationKind kind, String text, String link, Instant createdAt, boolean unread,
			Instant readAt) {
	}

}
