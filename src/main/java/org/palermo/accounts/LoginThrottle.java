package org.palermo.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.palermo.system.SecuritySettings;

import org.springframework.stereotype.Component;

/**
 * Slows down password and code guessing. Failures count per user name <em>and</em> client
 * address, so nobody can lock a person out by failing on their name from elsewhere; the
 * account itself is never locked. Kept in memory: each instance throttles its own
 * traffic.
 */
@Component
class LoginThrottle {

	private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	LoginThrottle(SecuritySettings settings, Clock clock) {
		this.maxFailures = settings.maxFailedLogins();
		this.window = settings.failedLoginWindow();
		this.clock = clock;
	}

	boolean isThrottled(String username, String address) {
		Deque<Long> times = this.failures.get(key(username, address));
		if (times == null) {
			return false;
		}
		synchronized (times) {
			prune(times);
			return times.size() >= this.maxFailures;
		}
	}

	void failed(String username, String address) {
		Deque<Long> times = this.failures.computeIfAbsent(key(username, address), (k) -> new ArrayDeque<>());
		synchronized (times) {
			prune(times);
			times.addLast(this.clock.millis());
		}
		if (this.failures.size() > 100_000) {
			this.failures.entrySet().removeIf((entry) -> {
				synchronized (entry.getValue()) {
					prune(entry.getValue());
					return entry.getValue().isEmpty();
				}
			});
		}
	}

	void succeeded(String username, String address) {
		this.failures.remove(key(username, address));
	}

	private void prune(Deque<Long> times) {
		long oldest = this.clock.millis() - this.window.toMillis();
		while (!times.isEmpty() && times.peekFirst() < oldest) {
			times.removeFirst();
		}
	}

	private static String key(String username, String address) {
		return ((username != null) ? username.toLowerCase(Locale.ROOT) : "") + "|" + address;
	}

}
