package org.palermo.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox ({@code palermo.mail.bounces.*}; off when no host is set) for
 * delivery-status notifications (RFC 3464), matches each to the mail it reports on (by
 * the Message-ID the mail was sent with, else by recipient and subject) and records it: a
 * permanent failure (5.x.x) makes the mail {@code BOUNCED} with the diagnostic, a
 * transient one (4.x.x) puts it back in the queue with the usual backoff. A processed
 * notification is marked seen (IMAP) or deleted (POP3), so it is never counted twice.
 */
@Component
class BounceChecker {

	private static final Logger log = LoggerFactory.getLogger(BounceChecker.class);

	/** What a delivery-status notification says about one recipient. */
	record Report(String originalMessageId, String recipient, String subject, String action, String status,
			String diagnostic) {

		boolean permanent() {
			return this.status != null ? this.status.startsWith("5") : "failed".equalsIgnoreCase(this.action);
		}

		boolean transientFailure() {
			return this.status != null && this.status.startsWith("4");
		}

		String describe() {
			String text = ((this.status != null) ? this.status : this.action) + " "
					+ ((this.diagnostic != null) ? this.diagnostic : "");
			text = text.strip();
			return (text.length() > 1000) ? text.substring(0, 1000) : text;
		}

	}

	private final Environment env;

	private final JdbcTemplate jdbc;

	private final MailSettings settings;

	private final Clock clock;

	BounceChecker(Environment env, JdbcTemplate jdbc, MailSettings settings, Clock clock) {
		this.env = env;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	boolean isConfigured() {
		String host = this.env.getProperty("palermo.mail.bounces.host");
		return host != null && !host.isBlank();
	}

	/** Reads unseen notifications; returns how many mails they changed. */
	int check() {
		if (!isConfigured()) {
			return 0;
		}
		String protocol = this.env.getProperty("palermo.mail.bounces.protocol", "imaps").toLowerCase(Locale.ROOT);
		if (!List.of("imap", "imaps", "pop3").contains(protocol)) {
			throw new IllegalStateException("palermo.mail.bounces.protocol must be imap, imaps or pop3");
		}
		boolean pop3 = protocol.equals("pop3");
		int changed = 0;
		try {
			Session session = Session.getInstance(new Properties());
			Store store = session.getStore(protocol);
			store.connect(this.env.getProperty("palermo.mail.bounces.host"),
					this.env.getProperty("palermo.mail.bounces.port", Integer.class, -1),
					this.env.getProperty("palermo.mail.bounces.username"),
					this.env.getProperty("palermo.mail.bounces.password"));
			try {
				Folder folder = store.getFolder(this.env.getProperty("palermo.mail.bounces.folder", "INBOX"));
				folder.open(Folder.READ_WRITE);
				try {
					Message[] unseen = pop3 ? folder.getMessages()
							: folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
					for (Message message : unseen) {
						for (Report report : parse(message)) {
							changed += record(report);
						}
						message.setFlag(pop3 ? Flags.Flag.DELETED : Flags.Flag.SEEN, true);
					}
				}
				finally {
					folder.close(pop3);
				}
			}
			finally {
				store.close();
			}
		}
		catch (MessagingException | IOException ex) {
			log.warn("Bounce mailbox not read: {}", ex.toString());
		}
		return changed;
	}

	/** The recipients a delivery-status notification reports on; none for other mail. */
	static List<Report> parse(Message message) throws MessagingException, IOException {
		if (!message.isMimeType("multipart/*") || !(message.getContent() instanceof Multipart multipart)) {
			return List.of();
		}
		String status = null;
		InternetHeaders original = null;
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType("message/delivery-status")) {
				status = read(part.getInputStream());
			}
			else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822")) {
				original = new InternetHeaders(part.getInputStream());
			}
		}
		if (status == null) {
			return List.of();
		}
		String messageId = (original != null) ? original.getHeader("Message-ID", null) : null;
		String subject = (original != null) ? original.getHeader("Subject", null) : null;
		if (subject != null) {
			subject = MimeUtility.decodeText(MimeUtility.unfold(subject));
		}
		List<Report> reports = new ArrayList<>();
		List<Map<String, String>> blocks = blocks(status);
		for (Map<String, String> fields : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
			String recipient = fields.get("final-recipient");
			String action = fields.get("action");
			if (recipient == null || action == null) {
				continue;
			}
			recipient = recipient.substring(recipient.indexOf(';') + 1).strip();
			reports.add(new Report((messageId != null) ? messageId.strip() : null, recipient, subject,
					action.toLowerCase(Locale.ROOT), fields.get("status"), fields.get("diagnostic-code")));
		}
		return reports;
	}

	private int record(Report report) {
		if (!"failed".equals(report.action()) && !"delayed".equals(report.action())) {
			return 0;
		}
		Long id = find(report);
		if (id == null) {
			log.info("Bounce for {} matches no mail sent", report.recipient());
			return 0;
		}
		if (report.transientFailure()) {
			int attempts = this.jdbc.queryForObject("select attempts from mail_message where id = ?", Integer.class,
					id);
			return this.jdbc.update(
					"update mail_message set delivery = 'PENDING', next_attempt_at = ?, claimed_until = null, "
							+ "last_error = ? where id = ? and delivery = 'SENT'",
					now().plus(this.settings.backoff(Math.max(1, attempts))), report.describe(), id);
		}
		if (report.permanent()) {
			return this.jdbc.update(
					"update mail_message set delivery = 'BOUNCED', last_error = ? where id = ? and delivery = 'SENT'",
					report.describe(), id);
		}
		return 0;
	}

	private Long find(Report report) {
		if (report.originalMessageId() != null) {
			List<Long> ids = this.jdbc.queryForList("select id from mail_message where message_id = ?", Long.class,
					report.originalMessageId());
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
		}
		if (report.subject() == null) {
			return null;
		}
		List<Long> ids = this.jdbc.queryForList(
				"select id from mail_message where lower(recipient) = ? and subject = ? and delivery = 'SENT' "
						+ "order by id desc fetch first 1 rows only",
				Long.class, report.recipient().toLowerCase(Locale.ROOT), report.subject());
		return ids.isEmpty() ? null : ids.get(0);
	}

	/**
	 * The blocks of fields of a delivery-status body (per message, then per recipient).
	 */
	private static List<Map<String, String>> blocks(String text) {
		List<Map<String, String>> blocks = new ArrayList<>();
		Map<String, String> current = new LinkedHashMap<>();
		String last = null;
		for (String line : text.split("\r?\n")) {
			if (line.isBlank()) {
				if (!current.isEmpty()) {
					blocks.add(current);
					current = new LinkedHashMap<>();
				}
				last = null;
			}
			else if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
				current.put(last, current.get(last) + " " + line.strip());
			}
			else if (line.indexOf(':') > 0) {
				last = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
				current.put(last, line.substring(line.indexOf(':') + 1).strip());
			}
		}
		if (!current.isEmpty()) {
			blocks.add(current);
		}
		return blocks;
	}

	private static String read(InputStream in) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			StringBuilder text = new StringBuilder();
			String line;
			while ((line = reader.readLine()) != null) {
				text.append(line).append('\n');
			}
			return text.toString();
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

}
