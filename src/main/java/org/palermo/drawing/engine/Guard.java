package org.palermo.drawing.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends a search that runs past the engine's time limit or is cancelled: every loop of the
 * engine and of the solver asks it.
 */
final class Guard {

	private final Duration limit;

	private final long deadline;

	private final AtomicBoolean cancelled = new AtomicBoolean();

	Guard(Duration limit) {
		this.limit = limit;
		this.deadline = (limit != null) ? System.nanoTime() + limit.toNanos() : 0;
	}

	void cancel() {
		this.cancelled.set(true);
	}

	boolean stopped() {
		return this.cancelled.get() || (this.limit != null && System.nanoTime() - this.deadline > 0);
	}

	/** Seconds left before the limit (a large number without limit; 0 once cancelled). */
	double remainingSeconds() {
		if (this.cancelled.get()) {
			return 0;
		}
		if (this.limit == null) {
			return 1e9;
		}
		return Math.max(0, (this.deadline - System.nanoTime()) / 1e9);
	}

	boolean limited() {
		return this.limit != null;
	}

	/** Throws {@link DrawingStoppedException} once the time is up or on cancellation. */
	void check() {
		if (this.cancelled.get()) {
			throw new DrawingStoppedException("drawing.explain.cancelled", List.of());
		}
		if (this.limit != null && System.nanoTime() - this.deadline > 0) {
			throw new DrawingStoppedException("drawing.explain.timeLimit", List.of(seconds(this.limit)));
		}
	}

	private static String seconds(Duration limit) {
		long millis = limit.toMillis();
		return (millis % 1000 == 0) ? String.valueOf(millis / 1000)
				: java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
	}

}
