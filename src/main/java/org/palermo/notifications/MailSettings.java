package org.palermo.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings under {@code palermo.mail}: the sender, and how failed mail is retried
 * (the first retry after {@code retry-initial}, each next one twice as late, never later
 * than {@code retry-max}, at most {@code max-attempts} in all).
 */
@ConfigurationProperties("palermo.mail")
public record MailSettings(String from, Duration retryInitial, Duration retryMax, Integer maxAttempts) {

	public MailSettings {
		from = (from != null) ? from : "palermo@localhost";
		retryInitial = (retryInitial != null) ? retryInitial : Duration.ofMinutes(1);
		retryMax = (retryMax != null) ? retryMax : Duration.ofHours(1);
		maxAttempts = (maxAttempts != null) ? maxAttempts : 24;
	}

	/** How long to wait after the given number of failed attempts. */
	Duration backoff(int failedAttempts) {
		Duration wait = this.retryInitial;
		for (int i = 1; i < failedAttempts && wait.compareTo(this.retryMax) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.retryMax) > 0) ? this.retryMax : wait;
	}

}
