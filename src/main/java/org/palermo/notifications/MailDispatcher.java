package org.palermo.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends stored mail through SMTP. A message is claimed by one conditional update before
 * it is sent, so two instances (or the job and the sending right after a commit) never
 * send it twice; a failure schedules the next attempt with exponential backoff, and the
 * last error stays visible to the secretariat.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	/** How long a claimed message is left to its sender before another may try. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final JavaMailSender sender;

	private final MailMessageRepository messages;

	private final JdbcTemplate jdbc;

	private final MailSettings settings;

	private final Clock clock;

	private final ExecutorService soon = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "palermo-mail");
		thread.setDaemon(true);
		return thread;
	});

	MailDispatcher(ObjectProvider<JavaMailSender> sender, MailMessageRepository messages, JdbcTemplate jdbc,
			MailSettings settings, Clock clock) {
		this.sender = sender.getIfAvailable();
		this.messages = messages;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	boolean isSmtpConfigured() {
		return this.sender != null;
	}

	/** Tries a newly stored message at once, off the caller's thread. */
	void deliverSoon(long id) {
		this.soon.execute(() -> {
			try {
				deliver(id);
			}
			catch (RuntimeException ex) {
				log.warn("Mail {} not sent yet: {}", id, ex.toString());
			}
		});
	}

	int deliverDue() {
		if (this.sender == null) {
			return 0;
		}
		OffsetDateTime now = now();
		List<Long> due = this.jdbc
			.queryForList("select id from mail_message where delivery = 'PENDING' and next_attempt_at <= ? "
					+ "and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id "
					+ "fetch first 100 rows only", Long.class, now, now);
		int sent = 0;
		for (Long id : due) {
			sent += deliver(id) ? 1 : 0;
		}
		return sent;
	}

	/** Claims and sends one message; false when another took it or the server failed. */
	boolean deliver(long id) {
		if (this.sender == null) {
			return false;
		}
		OffsetDateTime now = now();
		int claimed = this.jdbc.update(
				"update mail_message set claimed_until = ? where id = ? and delivery = 'PENDING' "
						+ "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)",
				now.plus(CLAIM), id, now, now);
		if (claimed != 1) {
			return false;
		}
		MailMessage message = this.messages.findById(id).orElseThrow();
		try {
			MimeMessage mime = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
			helper.setFrom(this.settings.from());
			helper.setTo(message.getRecipient());
			helper.setSubject(message.getSubject());
			helper.setText(message.getBody(), (message.getHtmlBody() != null) ? message.getHtmlBody()
					: MailHtml.of(null, message.getSubject(), message.getBody()));
			// Kept by the sender (it restores an explicit Message-ID) and stored, so a
			// bounce reported later is matched to this mail.
			String messageId = "<palermo." + id + "." + java.util.UUID.randomUUID() + "@"
					+ domainOf(this.settings.from()) + ">";
			mime.setHeader("Message-ID", messageId);
			for (java.util.Map.Entry<String, String> header : message.getExtraHeaders().entrySet()) {
				mime.setHeader(header.getKey(), header.getValue());
			}
			this.jdbc.update("update mail_message set message_id = ? where id = ?", messageId, id);
			this.sender.send(mime);
		}
		catch (Exception ex) {
			int attempts = message.getAttempts() + 1;
			boolean giveUp = attempts >= this.settings.maxAttempts();
			this.jdbc.update(
					"update mail_message set delivery = ?, attempts = ?, next_attempt_at = ?, claimed_until = null, "
							+ "last_error = ? where id = ?",
					giveUp ? "FAILED" : "PENDING", attempts, now().plus(this.settings.backoff(attempts)),
					truncate(ex.toString()), id);
			log.warn("Mail {} to {} failed (attempt {}{}): {}", id, message.getRecipient(), attempts,
					giveUp ? ", giving up" : "", ex.toString());
			return false;
		}
		this.jdbc.update("update mail_message set delivery = 'SENT', sent_at = ?, attempts = attempts + 1, "
				+ "claimed_until = null, last_error = null where id = ?", now(), id);
		log.info("Mail '{}' sent to {}", message.getSubject(), message.getRecipient());
		return true;
	}

	void requeue(long id) {
		this.jdbc.update("update mail_message set delivery = 'PENDING', next_attempt_at = ?, claimed_until = null "
				+ "where id = ? and delivery = 'FAILED'", now(), id);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	private static String domainOf(String address) {
		int at = address.lastIndexOf('@');
		String domain = (at >= 0) ? address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "") : "";
		return domain.isEmpty() ? "palermo" : domain;
	}

	private static String truncate(String error) {
		return (error.length() > 1000) ? error.substring(0, 1000) : error;
	}

	@PreDestroy
	void stop() {
		this.soon.shutdown();
	}

}
