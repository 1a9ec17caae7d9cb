package org.palermo.deskreview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.palermo.reports.DocxRenderer;
import org.palermo.reports.PdfRenderer;
import org.palermo.reports.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Renders the PDF or DOCX of a list of observations or a summary off the request thread:
 * the request that asks returns at once to a progress page, and the file waits for the
 * person who asked (and only them) for half an hour. The document's content is read, and
 * access checked, on the request thread; only the rendering runs here. Generations live
 * in this instance's memory.
 */
@Component
class DocumentGenerations {

	/** How long a finished file waits for its download. */
	static final Duration KEEP = Duration.ofMinutes(30);

	/** How many generations one person may have waiting or running at once. */
	static final int MAX_RUNNING_PER_PERSON = 3;

	private static final Logger log = LoggerFactory.getLogger(DocumentGenerations.class);

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	private final Clock clock;

	private final ExecutorService executor;

	private final Map<String, Generation> generations = new ConcurrentHashMap<>();

	DocumentGenerations(PdfRenderer pdf, DocxRenderer docx, Clock clock) {
		this.pdf = pdf;
		this.docx = docx;
		this.clock = clock;
		AtomicInteger count = new AtomicInteger();
		// One renderer at a time: rendering is CPU-bound and the machine is shared.
		this.executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "document-generation-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/**
	 * Starts rendering a report for its reader; refused when they already wait for many.
	 */
	Generation start(String owner, long reviewId, Report report, String format) {
		if (!format.equals("pdf") && !format.equals("docx")) {
			throw new DeskReviewRefusedException("generation.error.format");
		}
		Instant now = Instant.now(this.clock);
		this.generations.values().removeIf((g) -> g.isExpired(now));
		long running = this.generations.values().stream().filter((g) -> g.owner.equals(owner) && !g.isDone()).count();
		if (running >= MAX_RUNNING_PER_PERSON) {
			throw new DeskReviewRefusedException("generation.error.busy");
		}
		Generation generation = new Generation(UUID.randomUUID().toString(), owner, reviewId, format,
				ReviewDocumentReports.fileName(report, format), now);
		this.generations.put(generation.id, generation);
		this.executor.execute(() -> render(generation, report));
		return generation;
	}

	private void render(Generation generation, Report report) {
		generation.state = State.RUNNING;
		try {
			byte[] bytes = generation.format.equals("pdf") ? this.pdf.render(report) : this.docx.render(report);
			generation.finish(bytes, Instant.now(this.clock));
		}
		catch (RuntimeException ex) {
			log.error("Generating {} failed", generation.fileName, ex);
			generation.fail(Instant.now(this.clock));
		}
	}

	/**
	 * Queues a task behind the renderings asked so far; the renderings asked after it
	 * wait for it (tests hold the queue with it to see a waiting generation without a
	 * race).
	 */
	void queue(Runnable task) {
		this.executor.execute(task);
	}

	/** A generation of this review asked by this person, if it is still kept. */
	Optional<Generation> find(String id, String owner, long reviewId) {
		Generation generation = this.generations.get(id);
		if (generation == null || !generation.owner.equals(owner) || generation.reviewId != reviewId
				|| generation.isExpired(Instant.now(this.clock))) {
			return Optional.empty();
		}
		return Optional.of(generation);
	}

	/** Where a generation stands. */
	enum State {

		WAITING, RUNNING, READY, FAILED

	}

	/** One file being generated for one person. */
	static final class Generation {

		private final String id;

		private final String owner;

		private final long reviewId;

		private final String format;

		private final String fileName;

		private final Instant startedAt;

		private volatile State state = State.WAITING;

		private volatile byte[] bytes;

		private volatile Instant finishedAt;

		Generation(String id, String owner, long reviewId, String format, String fileName, Instant startedAt) {
			this.id = id;
			this.owner = owner;
			this.reviewId = reviewId;
			this.format = format;
			this.fileName = fileName;
			this.startedAt = startedAt;
		}

		void finish(byte[] bytes, Instant at) {
			this.bytes = bytes;
			this.finishedAt = at;
			this.state = State.READY;
		}

		void fail(Instant at) {
			this.finishedAt = at;
			this.state = State.FAILED;
		}

		public boolean isDone() {
			return this.state == State.READY || this.state == State.FAILED;
		}

		boolean isExpired(Instant now) {
			return this.finishedAt != null && this.finishedAt.plus(KEEP).isBefore(now);
		}

		public String getId() {
			return this.id;
		}

		public long getReviewId() {
			return this.reviewId;
		}

		public State getState() {
			return this.state;
		}

		public String getFileName() {
			return this.fileName;
		}

		public String getFormat() {
			return this.format;
		}

		public Instant getStartedAt() {
			return this.startedAt;
		}

		byte[] bytes() {
			return this.bytes;
		}

		MediaType mediaType() {
			return this.format.equals("pdf") ? MediaType.APPLICATION_PDF : DeskReviewDocumentsController.DOCX;
		}

	}

}
