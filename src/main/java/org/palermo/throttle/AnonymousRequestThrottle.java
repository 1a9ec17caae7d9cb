package org.palermo.throttle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts anonymous requests of one kind per client address and per target mail address in
 * the database, so every instance sees the same count; rows older than the window are
 * pruned as new ones come. A refused request is not counted, so waiting the time given
 * always lets the next one through.
 */
@Component
class AnonymousRequestThrottle {

	private final JdbcTemplate jdbc;

	private final ThrottleSettings settings;

	private final Clock clock;

	AnonymousRequestThrottle(JdbcTemplate jdbc, ThrottleSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Counts the request if it is within the limits; otherwise, in how many seconds the
	 * next one will be.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public OptionalLong tryAcquire(String action, String address, String email) {
		Instant now = Instant.now(this.clock);
		Instant since = now.minus(this.settings.window());
		this.jdbc.update("delete from request_throttle where occurred_at < ?", at(since));
		String byAddress = "ip:" + cut(address);
		String byEmail = (email != null && !email.isBlank()) ? "to:" + cut(email.strip().toLowerCase(Locale.ROOT))
				: null;
		long wait = Math.max(waitFor(action, byAddress, this.settings.perAddress(), since, now),
				(byEmail != null) ? waitFor(action, byEmail, this.settings.perEmail(), since, now) : 0);
		if (wait > 0) {
			return OptionalLong.of(wait);
		}
		insert(action, byAddress, now);
		if (byEmail != null) {
			insert(action, byEmail, now);
		}
		return OptionalLong.empty();
	}

	/** Seconds until the subject is under its limit again; 0 when it is now. */
	private long waitFor(String action, String subject, int limit, Instant since, Instant now) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from request_throttle where action = ? and subject = ? and occurred_at >= ?",
				Long.class, action, subject, at(since));
		if (count == null || count < limit) {
			return 0;
		}
		// The oldest request that keeps the count at the limit leaves the window first.
		Timestamp oldest = this.jdbc.queryForObject(
				"select occurred_at from request_throttle where action = ? and subject = ? and occurred_at >= ? "
						+ "order by occurred_at desc offset " + (limit - 1) + " rows fetch first 1 rows only",
				Timestamp.class, action, subject, at(since));
		Instant free = oldest.toInstant().plus(this.settings.window());
		return Math.max(1, Duration.between(now, free).toSeconds() + 1);
	}

	private void insert(String action, String subject, Instant now) {
		this.jdbc.update("insert into request_throttle (action, subject, occurred_at) values (?, ?, ?)", action,
				subject, at(now));
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String cut(String value) {
		String text = (value != null) ? value : "";
		return (text.length() > 290) ? text.substring(0, 290) : text;
	}

}
