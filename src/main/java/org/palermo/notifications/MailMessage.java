package org.palermo.notifications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A message Palermo sent, or holds in its outbox when no mail server is configured. */
@Entity
public class MailMessage {

	/**
	 * Where the message is: only mail kept in the outbox is stored; SMTP mail leaves at
	 * once.
	 */
	public enum Delivery {

		OUTBOX

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant createdAt;

	private String recipient;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	protected MailMessage() {
	}

	MailMessage(Instant createdAt, String recipient, String subject, String body, Delivery delivery) {
		this.createdAt = createdAt;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.delivery = delivery;
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

	public Delivery getDelivery() {
		return this.delivery;
	}

}
