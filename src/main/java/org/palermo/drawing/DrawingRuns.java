package org.palermo.drawing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.palermo.system.ConcurrentEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reveals drawings off the request thread: the request that reveals returns at once, and
 * the drawing's page shows how far the lots have come until the result (or the reason
 * there is none, such as the engine's time limit) is there. Runs live in this instance's
 * memory; a drawing whose run was lost (the application stopped meanwhile) is still
 * committed and can be revealed again.
 */
@Component
class DrawingRuns {

	private static final Logger log = LoggerFactory.getLogger(DrawingRuns.class);

	private final DrawingService drawings;

	private final ExecutorService executor;

	private final Map<Long, Run> runs = new ConcurrentHashMap<>();

	DrawingRuns(DrawingService drawings) {
		this.drawings = drawings;
		AtomicInteger count = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "drawing-run-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/**
	 * Starts revealing a committed drawing the secretariat saw at {@code seenVersion}; a
	 * stale page or a drawing no longer committed is refused at once with
	 * {@link ConcurrentEditException}, and so is a second start while one runs.
	 */
	Run start(long id, long seenVersion, String publicValue) {
		Drawing drawing = this.drawings.drawing(id);
		if (drawing.getVersion() != seenVersion || drawing.getStatus() != Drawing.Status.COMMITTED) {
			throw new ConcurrentEditException("drawing " + id);
		}
		DrawingService.publicValueFor(drawing, publicValue);
		Run run = new Run(Instant.now());
		Run running = this.runs.compute(id, (key, old) -> (old != null && old.isRunning()) ? old : run);
		if (running != run) {
			// Someone else started revealing it a moment ago: a conflict like any other.
			throw new ConcurrentEditException("drawing " + id);
		}
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> work(id, seenVersion, publicValue, run),
				SecurityContextHolder.getContext()));
		return run;
	}

	private void work(long id, long seenVersion, String publicValue, Run run) {
		try {
			this.drawings.reveal(id, seenVersion, publicValue, run::slotsFilled);
			run.end(null, null, List.of());
		}
		catch (ConcurrentEditException | ObjectOptimisticLockingFailureException ex) {
			// Revealed or cancelled by someone else meanwhile: nothing of this run is
			// kept.
			run.end("drawing.error.alreadyRevealed", null, List.of());
		}
		catch (DrawingRefusedException ex) {
			run.end(ex.getMessageKey(), ex.getDetail(), ex.getExplanations());
		}
		catch (RuntimeException ex) {
			log.error("Revealing drawing {} failed", id, ex);
			run.end("drawing.run.error", null, List.of());
		}
	}

	/** The run of a drawing in this instance, if one was started. */
	Run of(long id) {
		return this.runs.get(id);
	}

	/**
	 * One reveal in the background: slots filled so far, and once ended, what went wrong
	 * if anything (a message key of the drawing bundles, detail, explanations).
	 */
	static final class Run {

		private final Instant startedAt;

		private volatile int filled;

		private volatile int slots;

		private volatile boolean running = true;

		private volatile String errorKey;

		private volatile String detail;

		private volatile List<DrawingRefusedException.Explanation> explanations = List.of();

		Run(Instant startedAt) {
			this.startedAt = startedAt;
		}

		void slotsFilled(int filled, int slots) {
			this.filled = filled;
			this.slots = slots;
		}

		void end(String errorKey, String detail, List<DrawingRefusedException.Explanation> explanations) {
			this.errorKey = errorKey;
			this.detail = detail;
			this.explanations = List.copyOf(explanations);
			this.running = false;
		}

		public boolean isRunning() {
			return this.running;
		}

		public int getFilled() {
			return this.filled;
		}

		public int getSlots() {
			return this.slots;
		}

		/** Whole per cent of the slots filled, for the progress bar. */
		public int getPercent() {
			return (this.slots == 0) ? 0 : (int) (100L * this.filled / this.slots);
		}

		public Instant getStartedAt() {
			return this.startedAt;
		}

		public String getErrorKey() {
			return this.errorKey;
		}

		public String getDetail() {
			return this.detail;
		}

		public List<DrawingRefusedException.Explanation> getExplanations() {
			return this.explanations;
		}

	}

}
