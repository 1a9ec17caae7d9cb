package org.palermo.cycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.audit.AuditService;
import org.palermo.parties.PartyNames;
import org.palermo.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar of their reviews' deadlines, at a secret address ending
 * in {@code .ics}: made on request, shown once, stored hashed, replaced or revoked at
 * will. The feed says only what the public review page says.
 */
@Service
public class CalendarService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeedRepository feeds;

	private final AccountService accounts;

	private final DeadlineService deadlines;

	private final MessageSource messages;

	private final PartyNames names;

	private final AuditService audit;

	private final Clock clock;

	private final List<CalendarContribution> contributions;

	private final String publicUrl;

	CalendarService(CalendarFeedRepository feeds, AccountService accounts, DeadlineService deadlines,
			MessageSource messages, PartyNames names, AuditService audit, Clock clock,
			@Value("${palermo.public-url}") String publicUrl, List<CalendarContribution> contributions) {
		this.contributions = contributions;
		this.feeds = feeds;
		this.accounts = accounts;
		this.deadlines = deadlines;
		this.messages = messages;
		this.names = names;
		this.audit = audit;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	/** When the person's current feed was made, if they have one. */
	@Transactional(readOnly = true)
	public Optional<Instant> feedCreatedAt(String username) {
		return this.feeds.findById(person(username).getId()).map(CalendarFeed::getCreatedAt);
	}

	/**
	 * A new secret address (the earlier one stops working); the only time it is shown.
	 */
	@Transactional
	public String newFeed(String username) {
		Account person = person(username);
		String secret = "cal_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
		Instant now = Instant.now(this.clock);
		this.feeds.findById(person.getId())
			.ifPresentOrElse((feed) -> feed.replace(sha256(secret), now),
					() -> this.feeds.save(new CalendarFeed(person.getId(), sha256(secret), now)));
		this.audit.recordAs(person.getUsername(), "calendar.created", "account", String.valueOf(person.getId()), null,
				Map.of("calendar", "new secret address"));
		return this.publicUrl + "/calendar/" + secret + ".ics";
	}

	@Transactional
	public void revoke(String username) {
		Account person = person(username);
		this.feeds.findById(person.getId()).ifPresent((feed) -> {
			this.feeds.delete(feed);
			this.audit.recordAs(person.getUsername(), "calendar.revoked", "account", String.valueOf(person.getId()),
					null, Map.of("calendar", "revoked"));
		});
	}

	/** The feed behind a secret, in its owner's language; "not found" otherwise. */
	@Transactional(readOnly = true)
	public String feed(String secret) {
		if (secret == null || !secret.startsWith("cal_") || secret.length() > 100) {
			throw new NotFoundException("calendar");
		}
		CalendarFeed feed = this.feeds.findBySecretHash(sha256(secret))
			.orElseThrow(() -> new NotFoundException("calendar"));
		Account person = this.accounts.account(feed.getAccountId());
		if (!person.isEnabled()) {
			throw new NotFoundException("calendar");
		}
		Locale locale = person.getPreferredLocale();
		List<CalendarEvent> events = new ArrayList<>(this.deadlines.calendarOf(person.getId()).stream().map((d) -> {
			CountryReview review = d.review();
			String state = this.names.name(review.getStateUnderReview(), locale);
			String step = this.messages.getMessage(d.step().labelKey(), null, locale);
			String summary = this.messages.getMessage("notifications.calendar.event",
					new Object[] { step, state, review.getCluster().name() }, locale);
			return new CalendarEvent("review-" + review.getId() + "-" + d.step().name() + "@palermo", d.due(), summary,
					null, this.publicUrl + "/reviews/" + review.getId());
		}).toList());
		for (CalendarContribution contribution : this.contributions) {
			events.addAll(contribution.eventsFor(person, locale));
		}
		return Ics.calendar(this.messages.getMessage("notifications.calendar.name", null, locale),
				Instant.now(this.clock), events);
	}

	private Account person(String username) {
		return this.accounts.find(username).orElseThrow(() -> new NotFoundException("account"));
	}

	private static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
