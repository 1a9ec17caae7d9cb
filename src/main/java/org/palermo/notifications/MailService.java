package org.palermo.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail through SMTP when {@code spring.mail.host} is set; otherwise keeps it in the
 * outbox that the secretariat reads at {@code /admin/outbox}.
 */
@Service
public class MailService {

	private static final Logger log = LoggerFactory.getLogger(MailService.class);

	private final MailMessageRepository messages;

	private final JavaMailSender sender;

	private final String from;

	private final Clock clock;

	MailService(MailMessageRepository messages, ObjectProvider<JavaMailSender> sender,
			@Value("${palermo.mail.from}") String from, Clock clock) {
		this.messages = messages;
		this.sender = sender.getIfAvailable();
		this.from = from;
		this.clock = clock;
	}

	/** Whether mail leaves through a real SMTP server. */
	public boolean isSmtpConfigured() {
		return this.sender != null;
	}

	@Transactional
	public void send(String recipient, String subject, String body) {
		if (this.sender != null) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(recipient);
			message.setSubject(subject);
			message.setText(body);
			this.sender.send(message);
			log.info("Mail '{}' sent to {}", subject, recipient);
		}
		else {
			this.messages
				.save(new MailMessage(Instant.now(this.clock), recipient, subject, body, MailMessage.Delivery.OUTBOX));
			log.info("No mail server configured: mail '{}' to {} kept in the outbox", subject, recipient);
		}
	}

	@Transactional(readOnly = true)
	public List<MailMessage> outbox() {
		return this.messages.findTop100ByDeliveryOrderByIdDesc(MailMessage.Delivery.OUTBOX);
	}

}
