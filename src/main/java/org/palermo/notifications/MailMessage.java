package org.palermo.notifications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A mail Palermo sends: stored before it leaves, then sent by a job that retries with
 * backoff; or kept in the outbox when no mail server is configured.
 */
@Entity
public class MailMessage {

	/** Where the message is. */
	public enum Delivery {

		/** No mail server configured: the secretariat reads it at /admin/outbox. */
		OUTBOX,
		/** Waiting to be sent, or to be tried again after a failure. */
		PENDING,
		/** Accepted by the mail server. */
		SENT,
		/** Every attempt failed; the secretariat sees it and may try again. */
		FAILED,
		/**
		 * Accepted, then reported undeliverable for good by a delivery-status
		 * notification.
		 */
		BOUNCED;

		public String labelKey() {
			return "notifications.mail.status." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant createdAt;

	private String recipient;

	private String subject;

	private String body;

	private String htmlBody;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant claimedUntil;

	private String lastError;

	private Instant sentAt;

	private String messageId;

	/** Extra headers, one "Name: value" a line; null for most mail. */
	private String extraHeaders;

	protected MailMessage() {
	}

	MailMessage(Instant createdAt, String recipient, String subject, String body, String htmlBody, Delivery delivery) {
		this.createdAt = createdAt;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.htmlBody = htmlBody;
		this.delivery = delivery;
		this.nextAttemptAt = (delivery == Delivery.PENDING) ? createdAt : null;
	}

	MailMessage(Instant createdAt, String recipient, String subject, String body, String htmlBody, Delivery delivery,
			Map<String, String> headers) {
		this(createdAt, recipient, subject, body, htmlBody, delivery);
		if (headers != null && !headers.isEmpty()) {
			StringBuilder joined = new StringBuilder();
			headers.forEach((name, value) -> {
				if (!name.matches("[A-Za-z][A-Za-z0-9-]{0,60}") || value.indexOf('\r') >= 0
						|| value.indexOf('\n') >= 0) {
					throw new IllegalArgumentException("not a header: " + name);
				}
				joined.append(name).append(": ").append(value).append('\n');
			});
			this.extraHeaders = joined.toString();
		}
	}

	public Long getId() {
		return this.id;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public String getHtmlBody() {
		return this.htmlBody;
	}

	public Delivery getDelivery() {
		return this.delivery;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public Instant getClaimedUntil() {
		return this.claimedUntil;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public String getMessageId() {
		return this.messageId;
	}

	/** The extra headers, in the order given. */
	public Map<String, String> getExtraHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		if (this.extraHeaders != null) {
			for (String line : this.extraHeaders.split("\n")) {
				int colon = line.indexOf(": ");
				if (colon > 0) {
					headers.put(line.substring(0, colon), line.substring(colon + 2));
				}
			}
		}
		return headers;
	}

}
