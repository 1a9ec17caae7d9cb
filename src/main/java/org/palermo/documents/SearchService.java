package org.palermo.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import org.palermo.system.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The search's front door: searching as a given person, keeping the index current after
 * every commit, and full re-indexing.
 */
@Service
public class SearchService {

	private static final Logger logger = LoggerFactory.getLogger(SearchService.class);

	private final SearchIndex index;

	private final List<SearchableContentSource> sources;

	private final ReaderScopes scopes;

	private final Clock clock;

	private final boolean rebuildOnStart;

	private final AtomicReference<ReindexProgress> progress = new AtomicReference<>(ReindexProgress.NEVER);

	SearchService(SearchIndex index, List<SearchableContentSource> sources, ReaderScopes scopes, Clock clock,
			SearchSettings settings) {
		this.rebuildOnStart = settings.rebuildOnStart();
		this.index = index;
		this.sources = sources;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** Searches what this person (or, for {@code null}, anyone) may read. */
	public SearchResults search(SearchQuery query, String username) {
		if (query.language() != null && !Analyzers.LANGUAGES.contains(query.language())) {
			throw new UserInputException("documents.error.language");
		}
		if (query.year() != null && !query.year().matches("[0-9]{4}")) {
			throw new UserInputException("documents.error.year");
		}
		return this.index.search(query, this.scopes.resolve(username));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(SearchableContentChanged changed) {
		try {
			this.index.index(changed.content());
		}
		catch (RuntimeException ex) {
			// The change is committed; only the index lags, until the next re-index.
			logger.error("Could not index {}; re-index at /admin/search", changed.content().key(), ex);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(SearchableContentRemoved removed) {
		try {
			this.index.remove(removed.source() + ":" + removed.id());
		}
		catch (RuntimeException ex) {
			logger.error("Could not remove {}:{} from the index; re-index at /admin/search", removed.source(),
					removed.id(), ex);
		}
	}

	/** A missing, broken or outdated index is rebuilt before Palermo serves searches. */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfNeeded() {
		if (!this.rebuildOnStart) {
			return;
		}
		long expected = this.sources.stream().mapToLong(SearchableContentSource::count).sum();
		if (this.index.needsRebuild() || this.index.count() != expected) {
			logger.info("Rebuilding the search index ({} items)", expected);
			reindex((done, total) -> {
			});
		}
	}

	/**
	 * Rebuilds the whole index from every source, telling {@code listener} how far it is.
	 */
	public long reindex(BiConsumer<Long, Long> listener) {
		long total = this.sources.stream().mapToLong(SearchableContentSource::count).sum();
		AtomicLong done = new AtomicLong();
		this.progress.set(new ReindexProgress(true, 0, total, Instant.now(this.clock), null, false));
		listener.accept(0L, total);
		try {
			this.index.rebuild((sink) -> this.sources.forEach((source) -> source.forEach((content) -> {
				sink.accept(content);
				long now = done.incrementAndGet();
				this.progress.updateAndGet((p) -> p.at(now, Math.max(now, p.total())));
				listener.accept(now, Math.max(now, total));
			})));
			this.progress.updateAndGet((p) -> p.finished(Instant.now(this.clock), false));
			return done.get();
		}
		catch (RuntimeException ex) {
			this.progress.updateAndGet((p) -> p.finished(Instant.now(this.clock), true));
			throw ex;
		}
	}

	/** Starts a full re-index in the background unless one is running. */
	public boolean startReindex() {
		if (this.progress.get().running()) {
			return false;
		}
		Thread thread = new Thread(() -> {
			try {
				reindex((done, total) -> {
				});
			}
			catch (RuntimeException ex) {
				logger.error("Re-indexing failed", ex);
			}
		}, "palermo-reindex");
		thread.setDaemon(true);
		this.progress.set(new ReindexProgress(true, 0, 0, Instant.now(this.clock), null, false));
		thread.start();
		return true;
	}

	public ReindexProgress progress() {
		return this.progress.get();
	}

	/**
	 * Whether another process holds the embedded index, so this one searches a private
	 * copy.
	 */
	public boolean indexInUseElsewhere() {
		return (this.index instanceof LuceneSearchIndex lucene) && lucene.isPrivateCopy();
	}

	/** How many items the index holds. */
	public long indexed() {
		return this.index.count();
	}

	/**
	 * Where a full re-index stands.
	 *
	 * @param failed whether the last run ended in an error
	 */
	public record ReindexProgress(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
			boolean failed) {

		static final ReindexProgress NEVER = new ReindexProgress(false, 0, 0, null, null, false);

		/** Percentage done, 0 to 100. */
		public int percent() {
			return (this.total == 0) ? (this.running ? 0 : 100) : (int) (this.done * 100 / this.total);
		}

		ReindexProgress at(long done, long total) {
			return new ReindexProgress(this.running, done, total, this.startedAt, this.finishedAt, this.failed);
		}

		ReindexProgress finished(Instant at, boolean failed) {
			return new ReindexProgress(false, this.done, this.total, this.startedAt, at, failed);
		}

	}

}
