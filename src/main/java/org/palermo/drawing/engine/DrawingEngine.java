package org.palermo.drawing.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Draws the reviewing States by lot, keeping every rule, fair as a real lot and the same
 * on every machine. The algorithm is described for re-implementation in
 * {@code docs/drawing.md}:
 * <ol>
 * <li>States under review are taken in the order of their codes; for each, the SAME_GROUP
 * slot and then the OTHER_GROUP slot are filled, each by a primary lot and, while
 * instruments of the State under review remain uncovered in that slot, additional
 * lots;</li>
 * <li>the candidates of a lot are the States, in code order, that may take it under every
 * rule given the lots already drawn;</li>
 * <li>one candidate is drawn uniformly from the seed's stream; if no complete valid draw
 * extends the lots so far with it, it is struck out and another is drawn among the rest,
 * until one is kept. This is a uniform choice among the admissible candidates.</li>
 * </ol>
 */
public final class DrawingEngine {

	/** Names the algorithm and its version; part of every published draw. */
	public static final String ALGORITHM = "palermo-lots/1 (sha256-counter stream; codes order; exact admissibility)";

	private static final long STACK_BYTES = 512L * 1024 * 1024;

	private final Duration timeLimit;

	/** An engine without time limit (the command line sets one with --time-limit). */
	public DrawingEngine() {
		this(null);
	}

	/**
	 * An engine that gives up with {@link DrawingStoppedException} when one drawing or
	 * check takes longer than {@code timeLimit} (null: no limit). The limit never changes
	 * a result: a drawing either finishes with the same bytes or stops without any.
	 */
	public DrawingEngine(Duration timeLimit) {
		this.timeLimit = timeLimit;
	}

	/**
	 * Draws from the input file's exact bytes, so the published input hash matches the
	 * file.
	 */
	public Draw draw(byte[] inputJson, byte[] seed) {
		return draw(DrawJson.readInput(inputJson), DrawJson.sha256Hex(inputJson), seed);
	}

	public Draw draw(DrawInput input, String inputSha256, byte[] seed) {
		return draw(input, inputSha256, seed, DrawProgress.NONE);
	}

	/** Draws, telling {@code progress} after each slot filled. */
	public Draw draw(DrawInput input, String inputSha256, byte[] seed, DrawProgress progress) {
		Problem problem = new Problem(input);
		Guard guard = new Guard(this.timeLimit);
		return onLargeStack(guard, () -> drawLots(problem, guard, inputSha256, seed, progress));
	}

	/**
	 * Throws {@link InfeasibleDrawException} when no draw of this input can keep every
	 * rule.
	 */
	public void checkFeasible(DrawInput input) {
		Problem problem = new Problem(input);
		Guard guard = new Guard(this.timeLimit);
		onLargeStack(guard, () -> {
			LotSearch search = start(problem, guard);
			keep(problem, search, new int[problem.slots()][4]);
			search.rebase();
			requireCompletable(problem, search);
			return Boolean.TRUE;
		});
	}

	/**
	 * The seed that draws when a public randomness value was announced (as in RFC 3797):
	 * {@code SHA-256(seed bytes || UTF-8 bytes of the value)}, the value stripped of
	 * leading and trailing white space ({@link String#strip()}). Null or blank: the seed
	 * itself.
	 */
	public static byte[] withPublicValue(byte[] seed, String publicValue) {
		if (publicValue == null || publicValue.isBlank()) {
			return seed.clone();
		}
		return LotRandom.sha256(seed, publicValue.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The seed of draw i in a series: SHA-256(seed || i as 4 big-endian bytes). */
	public static byte[] seriesSeed(byte[] seed, int i) {
		return LotRandom.sha256(seed, java.nio.ByteBuffer.allocate(4).putInt(i).array());
	}

	private static LotSearch start(Problem problem, Guard guard) {
		List<Blocker> blockers = Explanations.staticBlockers(problem);
		if (!blockers.isEmpty()) {
			throw new InfeasibleDrawException(blockers);
		}
		LotSearch search = new LotSearch(problem, guard);
		requireCompletable(problem, search);
		return search;
	}

	private static void requireCompletable(Problem problem, LotSearch search) {
		if (!search.boundsHold() || search.flowShortfall() != null || !search.completable()) {
			throw new InfeasibleDrawException(Explanations.explain(problem, search));
		}
	}

	private Draw drawLots(Problem problem, Guard guard, String inputSha256, byte[] seed, DrawProgress progress) {
		LotSearch search = start(problem, guard);
		int slots = problem.slots();
		int[][] drawOrder = new int[slots][4];
		int order = keep(problem, search, drawOrder);
		search.rebase();
		requireCompletable(problem, search);
		LotRandom random = new LotRandom(seed);
		for (int slot = 0; slot < slots; slot++) {
			while (!search.isComplete(slot)) {
				List<Integer> candidates = new ArrayList<>();
				for (int r = 0; r < problem.parties(); r++) {
					if (search.canTake(slot, r)) {
						candidates.add(r);
					}
				}
				// The order in which the stream offers the candidates (drawn on a copy of
				// it), then the first admissible in that order; the stream itself then
				// makes exactly the draws that asking each in turn would have made.
				LotSearch.Offer offered = new LotSearch.Offer(random.copy(), candidates);
				int position = search.firstAdmissible(slot, offered);
				if (position < 0) {
					// Cannot happen: the previous lot was kept only because a completion
					// existed.
					throw new IllegalStateException("no admissible candidate for slot " + slot);
				}
				for (int i = 0; i <= position; i++) {
					random.nextInt(offered.size() - i);
				}
				search.apply(slot, offered.get(position));
				drawOrder[slot][search.slotLength[slot] - 1] = ++order;
			}
			progress.slotsFilled(slot + 1, slots);
		}
		return result(problem, search, drawOrder, inputSha256, seed);
	}

	/** Applies the kept pairings of a redraw; returns the last draw order they used. */
	private static int keep(Problem problem, LotSearch search, int[][] drawOrder) {
		int order = 0;
		for (int i = 0; i < problem.fixed.size(); i++) {
			DrawInput.FixedReviewer fixed = problem.fixed.get(i);
			int party = problem.indexOf(fixed.code());
			int self = problem.indexOf(fixed.stateUnderReview());
			int type = "SAME_GROUP".equals(fixed.slot()) ? Problem.SAME
					: "OTHER_GROUP".equals(fixed.slot()) ? Problem.OTHER : -1;
			int gained = Problem.mask(fixed.instruments());
			if (party < 0 || self < 0 || problem.surOfParty[self] < 0 || type < 0 || gained < 0) {
				throw new InvalidDrawInputException(
						"fixed[" + i + "]: kept pairing is not part of this input: " + fixed);
			}
			int slot = 2 * problem.surOfParty[self] + type;
			if (!search.canKeep(slot, party, gained & problem.need[slot >> 1])) {
				throw new InvalidDrawInputException("fixed[" + i + "]: kept pairing breaks a rule (group, itself, "
						+ "exclusion, instruments already covered, maxReviewsPerState, maxReviewingStates or mutual "
						+ "reviews): " + fixed);
			}
			search.apply(slot, party, gained);
			int given = (fixed.drawOrder() != null) ? fixed.drawOrder() : 0;
			drawOrder[slot][search.slotLength[slot] - 1] = given;
			order = Math.max(order, given);
		}
		return order;
	}

	private static Draw result(Problem problem, LotSearch search, int[][] drawOrder, String inputSha256, byte[] seed) {
		List<Draw.Review> reviews = new ArrayList<>();
		for (int sur = 0; sur < problem.statesUnderReview(); sur++) {
			List<Draw.Reviewer> reviewers = new ArrayList<>();
			for (int type = 0; type < 2; type++) {
				int slot = 2 * sur + type;
				for (int j = 0; j < search.slotLength[slot]; j++) {
					int r = search.slotReviewers[slot][j];
					int gained = search.gainedAt(slot, j);
					reviewers
						.add(new Draw.Reviewer(problem.code[r], (type == Problem.SAME) ? "SAME_GROUP" : "OTHER_GROUP",
								Problem.instruments(gained), drawOrder[slot][j]));
				}
			}
			reviews.add(new Draw.Review(problem.code[problem.surParty[sur]], reviewers));
		}
		return new Draw(ALGORITHM, inputSha256, HexFormat.of().formatHex(seed), reviews);
	}

	/**
	 * Runs the work on a thread with a large stack (the short search recurses once per
	 * lot); interrupting the calling thread cancels it.
	 */
	private static <T> T onLargeStack(Guard guard, java.util.function.Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				result.set(work.get());
			}
			catch (RuntimeException | Error ex) {
				failure.set(ex);
			}
		}, "drawing-of-lots", STACK_BYTES);
		thread.setDaemon(true);
		thread.start();
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
				guard.cancel();
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		if (failure.get() instanceof Error error) {
			throw error;
		}
		if (failure.get() != null) {
			throw (RuntimeException) failure.get();
		}
		return result.get();
	}

}
