package org.palermo.drawing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the engine's feasibility check of a drawing being prepared, or of a redraw asked
 * for, off the request thread: the request returns at once to a page that refreshes
 * itself (no JavaScript needed) until the drawing is committed or refused with its
 * explanation. The quick checks run before, on the request thread, so that most refusals
 * are shown with the form as typed at once. Requests live in this instance's memory for
 * an hour, seen only by the person who made them; what they commit is in the database.
 */
@Component
class DrawingRequests {

	private static final Logger log = LoggerFactory.getLogger(DrawingRequests.class);

	/** How long a finished request stays visible. */
	static final Duration KEPT = Duration.ofHours(1);

	private final ExecutorService executor;

	private final Map<String, Request> requests = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration timeLimit;

	DrawingRequests(Clock clock, DrawingSettings settings) {
		this.clock = clock;
		this.timeLimit = settings.timeLimit();
		AtomicInteger count = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "drawing-request-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/**
	 * Starts {@code work} (which commits a drawing and returns it, or throws
	 * {@link DrawingRefusedException}) for {@code owner}; {@code reviewId} is the review
	 * of a redraw, null for a preparation; {@code typed} what was typed, to show it again
	 * if refused.
	 */
	Request start(String owner, Long reviewId, Object typed, Supplier<Drawing> work) {
		Instant now = Instant.now(this.clock);
		this.requests.values().removeIf((r) -> !r.isRunning() && r.startedAt.plus(KEPT).isBefore(now));
		Request request = new Request(UUID.randomUUID().toString(), owner, reviewId, typed, now,
				this.timeLimit.toSeconds());
		this.requests.put(request.token, request);
		this.executor.execute(
				new DelegatingSecurityContextRunnable(() -> work(request, work), SecurityContextHolder.getContext()));
		return request;
	}

	private void work(Request request, Supplier<Drawing> work) {
		for (int attempt = 1;; attempt++) {
			try {
				request.end(work.get().getId(), null);
				return;
			}
			catch (DrawingRefusedException ex) {
				request.end(null, ex);
				return;
			}
			catch (PessimisticLockingFailureException ex) {
				// Another preparation or redraw held the lock past the database's wait:
				// its commit is there now, so checking again sees it.
				if (attempt == 3) {
					request.end(null, new DrawingRefusedException("drawing.request.busy", ""));
					return;
				}
			}
			catch (RuntimeException ex) {
				log.error("Drawing request {} failed", request.token, ex);
				request.end(null, new DrawingRefusedException("drawing.request.error", ""));
				return;
			}
		}
	}

	/**
	 * The request with this token if {@code owner} made it (and, for a redraw, it is of
	 * this review); null otherwise, so that nobody learns of another's request.
	 */
	Request of(String token, String owner, Long reviewId) {
		Request request = this.requests.get(token);
		if (request == null || !request.owner.equals(owner) || !java.util.Objects.equals(request.reviewId, reviewId)) {
			return null;
		}
		return request;
	}

	/**
	 * One preparation or redraw request: running, then either the drawing it committed or
	 * the refusal (a message key of the drawing bundles with detail and explanations).
	 */
	static final class Request {

		private final String token;

		private final String owner;

		private final Long reviewId;

		private final Object typed;

		private final Instant startedAt;

		private final long timeLimitSeconds;

		private volatile boolean running = true;

		private volatile Long drawingId;

		private volatile DrawingRefusedException refusal;

		Request(String token, String owner, Long reviewId, Object typed, Instant startedAt, long timeLimitSeconds) {
			this.token = token;
			this.owner = owner;
			this.reviewId = reviewId;
			this.typed = typed;
			this.startedAt = startedAt;
			this.timeLimitSeconds = timeLimitSeconds;
		}

		void end(Long drawingId, DrawingRefusedException refusal) {
			this.drawingId = drawingId;
			this.refusal = refusal;
			this.running = false;
		}

		public String getToken() {
			return this.token;
		}

		public boolean isRunning() {
			return this.running;
		}

		public Long getDrawingId() {
			return this.drawingId;
		}

		public DrawingRefusedException getRefusal() {
			return this.refusal;
		}

		/** What was typed: a {@link DrawingForm}, or a {@link RedrawTyped}. */
		public Object getTyped() {
			return this.typed;
		}

		/** Whole seconds since the request was made. */
		public long elapsedSeconds(Clock clock) {
			return Math.max(0, Duration.between(this.startedAt, Instant.now(clock)).toSeconds());
		}

		/** The engine's time limit, in seconds: no check runs longer. */
		public long getTimeLimitSeconds() {
			return this.timeLimitSeconds;
		}

		/** Whole per cent of the time limit used, for the progress bar. */
		public int percentOfLimit(Clock clock) {
			return (this.timeLimitSeconds == 0) ? 0
					: (int) Math.min(100, 100 * elapsedSeconds(clock) / this.timeLimitSeconds);
		}

	}

	/** The redraw asked for, as typed: the refused reviewer and the reason. */
	record RedrawTyped(String reviewer, String reason) {
	}

}
