package org.palermo.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the people who can act before each deadline (by default 30, 7 and 1 days
 * before) and once it has passed. Each reminder is first recorded under a unique key
 * (review, step, threshold, due date) in the same transaction that asks for the
 * notification, so a restart or a second instance never sends it twice; a re-planned
 * deadline is a new due date, reminded afresh.
 */
@Component
public class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	/** The threshold recorded once a deadline has passed. */
	static final String OVERDUE = "OVERDUE";

	private final DeadlineService deadlines;

	private final ReminderSettings settings;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final CycleService cycle;

	private final Clock clock;

	DeadlineReminders(DeadlineService deadlines, ReminderSettings settings, JdbcTemplate jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager, CycleService cycle,
			Clock clock) {
		this.deadlines = deadlines;
		this.settings = settings;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.cycle = cycle;
		this.clock = clock;
	}

	/** Sends the reminders due today; returns how many were sent by this call. */
	public int run() {
		return run(this.cycle.today());
	}

	int run(LocalDate today) {
		int sent = 0;
		for (Map.Entry<CountryReview, List<StepsAwaiting.Pending>> entry : this.deadlines.pendingEverywhere()
			.entrySet()) {
			CountryReview review = entry.getKey();
			for (StepsAwaiting.Pending pending : entry.getValue()) {
				Optional<String> threshold = threshold(today, pending.due(), this.settings.daysBefore());
				if (threshold.isPresent() && remind(review, pending, threshold.get())) {
					sent++;
				}
			}
		}
		if (sent > 0) {
			log.info("{} deadline reminders sent", sent);
		}
		return sent;
	}

	/**
	 * The threshold a deadline has reached today: overdue once passed, else the nearest
	 * of the days before it that today is within; none when it is further away.
	 */
	static Optional<String> threshold(LocalDate today, LocalDate due, List<Integer> daysBefore) {
		long left = ChronoUnit.DAYS.between(today, due);
		if (left < 0) {
			return Optional.of(OVERDUE);
		}
		return daysBefore.stream().filter((days) -> left <= days).min(Integer::compare).map((days) -> "D" + days);
	}

	private boolean remind(CountryReview review, StepsAwaiting.Pending pending, String threshold) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				int recorded = this.jdbc.update(
						"insert into review_reminder (review_id, step, threshold, due_on, sent_at, recipients) "
								+ "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
						review.getId(), pending.step().name(), threshold, pending.due(),
						OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC), pending.people().size());
				if (recorded != 1) {
					return false;
				}
				this.events
					.publishEvent(new NotificationRequested(pending.people(), NotificationKind.REMINDER,
							OVERDUE.equals(threshold) ? "notifications.reminder.overdue" : "notifications.reminder.due",
							List.of("key:" + pending.step().labelKey(), "state:" + review.getStateUnderReview(),
									review.getCluster().name(), pending.due().toString()),
							"/reviews/" + review.getId()));
				return true;
			}));
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance recorded the same reminder at the same moment: it sends
			// it.
			return false;
		}
	}

}
