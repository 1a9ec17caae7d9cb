package org.palermo.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.palermo.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications module's front door: each person's inbox, their mail choices per
 * kind, and the mail that tells them (at once or in the daily digest) in their own
 * language, carrying only the one-line text and the link.
 */
@Service("notifications")
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	/** The most entries an inbox page or the API shows. */
	public static final int PAGE = 100;

	private final NotificationRepository inbox;

	private final NotificationPreferenceRepository preferences;

	private final Recipients recipients;

	private final NotificationText text;

	private final MailService mail;

	private final Clock clock;

	private final String publicUrl;

	private final TransactionTemplate transactions;

	NotificationService(NotificationRepository inbox, NotificationPreferenceRepository preferences,
			Recipients recipients, NotificationText text, MailService mail, Clock clock,
			@Value("${palermo.public-url}") String publicUrl, PlatformTransactionManager transactionManager) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.recipients = recipients;
		this.text = text;
		this.mail = mail;
		this.clock = clock;
		this.publicUrl = publicUrl;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * One inbox entry per recipient, and mail as each chose for this kind (the digest job
	 * sends the daily ones).
	 */
	@Transactional
	public void deliver(NotificationRequested request) {
		Instant now = Instant.now(this.clock);
		for (Recipients.Recipient person : this.recipients.byIds(request.recipients()).values()) {
			if (!person.enabled()) {
				continue;
			}
			NotificationPreference.Delivery delivery = choices(person.id()).get(request.kind());
			this.inbox.save(new Notification(person.id(), person.username(), request, now,
					delivery == NotificationPreference.Delivery.DAILY_DIGEST));
			if (delivery == NotificationPreference.Delivery.IMMEDIATE && person.email() != null) {
				Locale locale = person.language();
				String line = this.text.render(request.messageKey(), request.arguments(), locale);
				this.mail.send(person.email(), locale, this.text.message("notifications.mail.subject", locale, line),
						this.text.message("notifications.mail.body", locale, person.displayName(), line,
								this.publicUrl + request.link(), this.publicUrl + "/account/notifications"));
			}
		}
	}

	/** Unread entries of the signed-in person: the one query the page header makes. */
	@Transactional(readOnly = true)
	public long unreadCount(String username) {
		return (username == null) ? 0 : this.inbox.countByUsernameAndReadAtIsNull(username);
	}

	/** The person's entries, newest first, optionally of one kind or unread only. */
	@Transactional(readOnly = true)
	public List<Notification> inbox(String username, NotificationKind kind, boolean unreadOnly) {
		return this.inbox.inbox(username, kind, unreadOnly, PageRequest.of(0, PAGE));
	}

	/** Marks one of the person's own entries read; another person's is "not found". */
	@Transactional
	public void markRead(String username, long id) {
		Optional<Recipients.Recipient> person = this.recipients.byUsername(username);
		Notification entry = this.inbox.findById(id)
			.filter((n) -> person.isPresent() && n.getAccountId().equals(person.get().id()))
			.orElseThrow(() -> new NotFoundException("notification"));
		entry.markRead(Instant.now(this.clock));
	}

	@Transactional
	public int markAllRead(String username) {
		return this.inbox.markAllRead(username, Instant.now(this.clock));
	}

	/** The person's choice for every kind (immediately when never chosen). */
	@Transactional(readOnly = true)
	public Map<NotificationKind, NotificationPreference.Delivery> choices(long accountId) {
		Map<NotificationKind, NotificationPreference.Delivery> choices = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			choices.put(kind, NotificationPreference.Delivery.IMMEDIATE);
		}
		this.preferences.findByAccountId(accountId).forEach((p) -> choices.put(p.getKind(), p.getDelivery()));
		return choices;
	}

	@Transactional(readOnly = true)
	public Map<NotificationKind, NotificationPreference.Delivery> choices(String username) {
		return choices(person(username).id());
	}

	@Transactional
	public void choose(String username, Map<NotificationKind, NotificationPreference.Delivery> choices) {
		long id = person(username).id();
		choices.forEach((kind, delivery) -> this.preferences.findById(new NotificationPreference.Key(id, kind))
			.ifPresentOrElse((p) -> p.change(delivery),
					() -> this.preferences.save(new NotificationPreference(id, kind, delivery))));
	}

	/**
	 * The daily digest: for each person with entries waiting, one mail listing them in
	 * their language. Each entry is claimed before the mail is stored, in one transaction
	 * per person, so it is never mailed twice.
	 */
	public int sendDigests() {
		int sent = 0;
		for (Long accountId : this.inbox.awaitingDigest()) {
			try {
				sent += Boolean.TRUE.equals(this.transactions.execute((status) -> digestFor(accountId))) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Daily digest for account {} not sent: {}", accountId, ex.toString());
			}
		}
		return sent;
	}

	private boolean digestFor(long accountId) {
		List<Notification> waiting = this.inbox.findByAccountIdAndDigestOrderByIdAsc(accountId,
				Notification.Digest.PENDING);
		if (waiting.isEmpty()
				|| this.inbox.markDigested(waiting.stream().map(Notification::getId).toList()) != waiting.size()) {
			throw new IllegalStateException("digest taken by another instance");
		}
		Recipients.Recipient person = this.recipients.byIds(List.of(accountId)).get(accountId);
		if (person == null || !person.enabled() || person.email() == null) {
			return false;
		}
		Locale locale = person.language();
		List<String> lines = new ArrayList<>();
		for (Notification entry : waiting) {
			lines.add("- " + this.text.render(entry, locale) + "\n  " + this.publicUrl + entry.getLink());
		}
		this.mail.send(person.email(), locale,
				this.text.message("notifications.digest.subject", locale, waiting.size()),
				this.text.message("notifications.digest.body", locale, person.displayName(), String.join("\n\n", lines),
						this.publicUrl + "/notifications", this.publicUrl + "/account/notifications"));
		return true;
	}

	private Recipients.Recipient person(String username) {
		return this.recipients.byUsername(username).orElseThrow(() -> new NotFoundException("account"));
	}

}
