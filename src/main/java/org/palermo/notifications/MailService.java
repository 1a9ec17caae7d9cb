package org.palermo.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every mail is first stored, in the same transaction as what caused it, then sent: at
 * once after the commit and, if the mail server fails, again by the mail job with
 * exponential backoff, so nothing is lost while it is down. Without a mail server
 * ({@code spring.mail.host} unset) mail stays in the outbox the secretariat reads at
 * {@code /admin/outbox}.
 */
@Service
public class MailService {

	private static final Logger log = LoggerFactory.getLogger(MailService.class);

	private final MailMessageRepository messages;

	private final MailDispatcher dispatcher;

	private final Clock clock;

	MailService(MailMessageRepository messages, MailDispatcher dispatcher, Clock clock) {
		this.messages = messages;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	/** Whether mail leaves through a real SMTP server. */
	public boolean isSmtpConfigured() {
		return this.dispatcher.isSmtpConfigured();
	}

	/** Sends a mail written in the language of the current request. */
	@Transactional
	public void send(String recipient, String subject, String body) {
		send(recipient, LocaleContextHolder.getLocale(), subject, body);
	}

	/**
	 * Sends a mail written in the given language: plain text, and HTML made from it
	 * (right-to-left for Arabic).
	 */
	@Transactional
	public void send(String recipient, Locale language, String subject, String body) {
		send(recipient, language, subject, body, Map.of());
	}

	/**
	 * Sends a mail written in the given language with extra headers (such as
	 * {@code List-Unsubscribe}); names are letters, digits and hyphens, values one line.
	 */
	@Transactional
	public void send(String recipient, Locale language, String subject, String body, Map<String, String> headers) {
		// The subject is one line of at most 300 characters (the column's size).
		subject = subject.replaceAll("\\s+", " ").strip();
		subject = (subject.length() > 300) ? subject.substring(0, 299) + "…" : subject;
		String html = MailHtml.of(language, subject, body);
		Instant now = Instant.now(this.clock);
		if (!this.dispatcher.isSmtpConfigured()) {
			this.messages
				.save(new MailMessage(now, recipient, subject, body, html, MailMessage.Delivery.OUTBOX, headers));
			log.info("No mail server configured: mail '{}' to {} kept in the outbox", subject, recipient);
			return;
		}
		MailMessage message = this.messages
			.save(new MailMessage(now, recipient, subject, body, html, MailMessage.Delivery.PENDING, headers));
		long id = message.getId();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MailService.this.dispatcher.deliverSoon(id);
				}
			});
		}
		else {
			this.dispatcher.deliverSoon(id);
		}
	}

	@Transactional(readOnly = true)
	public List<MailMessage> outbox() {
		return this.messages.findTop100ByDeliveryOrderByIdDesc(MailMessage.Delivery.OUTBOX);
	}

	/** The latest mail sent or to be sent through SMTP, for the secretariat. */
	@Transactional(readOnly = true)
	public List<MailMessage> recent(MailMessage.Delivery only) {
		return (only != null) ? this.messages.findTop200ByDeliveryOrderByIdDesc(only)
				: this.messages.findTop200ByDeliveryNotOrderByIdDesc(MailMessage.Delivery.OUTBOX);
	}

	/** How many mails are in each state. */
	@Transactional(readOnly = true)
	public Map<MailMessage.Delivery, Long> counts() {
		Map<MailMessage.Delivery, Long> counts = new EnumMap<>(MailMessage.Delivery.class);
		for (MailMessage.Delivery delivery : MailMessage.Delivery.values()) {
			counts.put(delivery, 0L);
		}
		for (Object[] row : this.messages.countByDelivery()) {
			counts.put((MailMessage.Delivery) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/** The secretariat sends a failed mail again: it goes back in the queue, due now. */
	@Transactional
	public void retry(long id) {
		this.dispatcher.requeue(id);
	}

	/** Sends every mail that is due: the mail job's work, one instance at a time. */
	public int deliverDue() {
		return this.dispatcher.deliverDue();
	}

}
