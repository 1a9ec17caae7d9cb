package org.palermo.notifications;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One entry of a person's inbox: what a {@link NotificationRequested} said, kept as key
 * and arguments so it reads in whatever language the person browses in.
 */
@Entity
public class Notification {

	/** Between arguments in the stored list (never inside an argument). */
	static final String SEPARATOR = "\u001f";

	/** Whether the entry still waits for the person's daily digest. */
	enum Digest {

		NONE, PENDING, SENT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String username;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String messageKey;

	private String arguments;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	@Enumerated(EnumType.STRING)
	private Digest digest;

	protected Notification() {
	}

	Notification(long accountId, String username, NotificationRequested request, Instant createdAt, boolean forDigest) {
		this.accountId = accountId;
		this.username = username;
		this.kind = request.kind();
		this.messageKey = request.messageKey();
		String joined = String.join(SEPARATOR,
				request.arguments().stream().map((a) -> (a != null) ? a.replace(SEPARATOR, " ") : "").toList());
		// Bounded by the columns: an oversized request is cut rather than retried for
		// ever.
		this.arguments = (joined.length() > 4000) ? joined.substring(0, 4000) : joined;
		this.link = (request.link().length() > 1000) ? request.link().substring(0, 1000) : request.link();
		this.createdAt = createdAt;
		this.digest = forDigest ? Digest.PENDING : Digest.NONE;
	}

	/** The person has seen it; reading it again changes nothing. */
	void markRead(Instant when) {
		if (this.readAt == null) {
			this.readAt = when;
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public NotificationKind getKind() {
		return this.kind;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public List<String> getArguments() {
		return this.arguments.isEmpty() ? List.of() : Arrays.asList(this.arguments.split(SEPARATOR, -1));
	}

	public String getLink() {
		return this.link;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

}
