package org.palermo.drawing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewGroupsDrawn;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.cycle.ReviewerRedrawn;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.cycle.ReviewsDrawn;
import org.palermo.drawing.engine.Draw;
import org.palermo.drawing.engine.DrawInput;
import org.palermo.drawing.engine.DrawJson;
import org.palermo.drawing.engine.DrawProgress;
import org.palermo.drawing.engine.DrawingEngine;
import org.palermo.drawing.engine.DrawingStoppedException;
import org.palermo.drawing.engine.InfeasibleDrawException;
import org.palermo.drawing.engine.ReviewGroupSplit;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;
import org.palermo.parties.Participation;
import org.palermo.parties.PartyService;
import org.palermo.parties.RegionalGroup;
import org.palermo.parties.StateParty;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drawing module's front door: the secretariat prepares a drawing (input and
 * commitment published), then reveals its seed, which draws the lots and opens the
 * country reviews.
 */
@Service
public class DrawingService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DrawingRepository drawings;

	private final PartyService parties;

	private final CycleService cycle;

	private final AuditService audit;

	private final DrawingSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private final ReviewPolicy policy;

	private final ApplicationEventPublisher events;

	private final DrawingEngine engine;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	DrawingService(DrawingRepository drawings, PartyService parties, CycleService cycle, AuditService audit,
			DrawingSettings settings, JsonMapper json, Clock clock, ReviewPolicy policy,
			ApplicationEventPublisher events, JdbcTemplate jdbc, AccountService accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.policy = policy;
		this.events = events;
		this.drawings = drawings;
		this.parties = parties;
		this.cycle = cycle;
		this.audit = audit;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
		this.engine = new DrawingEngine(settings.timeLimit());
	}

	@Transactional(readOnly = true)
	public List<Drawing> all() {
		return this.drawings.findAllByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	public Drawing drawing(long id) {
		return this.drawings.findById(id).orElseThrow(() -> new NotFoundException("drawing"));
	}

	/** The draw of a revealed drawing, parsed. */
	public Draw result(Drawing drawing) {
		return (drawing.getResultJson() != null && !drawing.isGroupSplit())
				? DrawJson.readDraw(drawing.getResultJson().getBytes(StandardCharsets.UTF_8)) : null;
	}

	/**
	 * The States under review of a drawing's input, in code order (none for a group
	 * split).
	 */
	public List<String> statesUnderReview(Drawing drawing) {
		if (drawing.isGroupSplit()) {
			return List.of();
		}
		return DrawJson.readInput(drawing.getInputJson().getBytes(StandardCharsets.UTF_8))
			.statesUnderReview()
			.stream()
			.map(DrawInput.StateUnderReview::code)
			.sorted()
			.toList();
	}

	/** Prepares a drawing under the default rules of the procedures. */
	@Transactional
	public Drawing prepare(String title, Integer reviewGroup, ThematicCluster cluster, List<String> underReview) {
		return prepare(title, reviewGroup, cluster, underReview, DrawInput.Rules.DEFAULT);
	}

	/**
	 * Prepares a drawing: builds its input from the recorded participation, refuses it
	 * with the engine's explanation if no valid draw exists, and commits to a fresh
	 * secret seed.
	 */
	@Transactional
	public Drawing prepare(String title, Integer reviewGroup, ThematicCluster cluster, List<String> underReview,
			DrawInput.Rules rules) {
		// For callers that checked the participation themselves (demo data, tests): every
		// gap counts as confirmed, and the audit names them.
		List<String> all = gaps(underReview).stream().map(ParticipationGap::value).toList();
		return prepare(title, reviewGroup, cluster, underReview, rules, null, all);
	}

	/**
	 * The Protocols of these States whose participation is not recorded (the draw treats
	 * them as not party), in code and instrument order; unknown codes are left out.
	 */
	@Transactional(readOnly = true)
	public List<ParticipationGap> gaps(java.util.Collection<String> underReview) {
		List<ParticipationGap> gaps = new ArrayList<>();
		for (String code : new java.util.TreeSet<>(underReview)) {
			this.parties.findParty(code).ifPresent((party) -> {
				for (Instrument protocol : List.of(Instrument.TIP, Instrument.SOM, Instrument.FA)) {
					if (party.participationIn(protocol).map(Participation::getParty).orElse(null) == null) {
						gaps.add(new ParticipationGap(party.getCode(), protocol.name()));
					}
				}
			});
		}
		return gaps;
	}

	/**
	 * Prepares a drawing as above, announcing the public randomness value that will be
	 * mixed into the seed at reveal ({@code publicValueSource}: what it will be, such as
	 * "EuroMillions draw of 2026-12-04"; null or blank for none). Refused with
	 * {@link UnconfirmedGapsException} unless every Protocol of a State under review
	 * whose participation is not recorded is among {@code confirmedGaps} ({@code KE:FA}).
	 */
	@Transactional
	public Drawing prepare(String title, Integer reviewGroup, ThematicCluster cluster, List<String> underReview,
			DrawInput.Rules rules, String publicValueSource, java.util.Collection<String> confirmedGaps) {
		String source = (publicValueSource == null || publicValueSource.isBlank()) ? null : publicValueSource.strip();
		Set<String> codes = checkBeforePrepare(cluster, underReview, publicValueSource, confirmedGaps);
		List<ParticipationGap> gaps = gaps(codes);
		DrawInput input = new DrawInput(participants(),
				codes.stream().sorted().map((c) -> new DrawInput.StateUnderReview(c, null)).toList(), rules, List.of());
		try {
			this.engine.checkFeasible(input);
		}
		catch (InfeasibleDrawException ex) {
			throw new DrawingRefusedException("drawing.error.infeasible", "", explanations(ex));
		}
		catch (DrawingStoppedException ex) {
			throw new DrawingRefusedException("drawing.error.stopped", "",
					List.of(new DrawingRefusedException.Explanation(ex.getMessageKey(), ex.getArguments())));
		}
		// One preparation per cluster at a time, across instances: the database lock is
		// held until this transaction commits, so a second preparation of the same States
		// sees this one and is refused.
		lockCluster(cluster);
		refuseSecondReview(codes, cluster);
		Drawing drawing = commit(title, reviewGroup, cluster, input);
		drawing.announcePublicValue(source);
		String commitment = drawing.getCommitment();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", title);
		if (source != null) {
			after.put("publicValueSource", source);
		}
		if (!gaps.isEmpty()) {
			after.put("notRecordedConfirmed", gaps.stream().map(ParticipationGap::value).toList());
		}
		after.put("cluster", cluster.name());
		after.put("statesUnderReview", List.copyOf(codes));
		after.put("inputSha256", drawing.getInputSha256());
		after.put("commitment", commitment);
		this.audit.record("drawing.committed", "drawing", String.valueOf(drawing.getId()), null, after);
		return drawing;
	}

	/**
	 * The quick checks of a preparation, without the engine (the platform runs them on
	 * the request thread so that a refusal is shown with the form as typed): the public
	 * value, the States, the participation gaps confirmed, no second review or drawing.
	 * Returns the States under review.
	 */
	@Transactional(readOnly = true)
	public Set<String> checkBeforePrepare(ThematicCluster cluster, List<String> underReview, String publicValueSource,
			java.util.Collection<String> confirmedGaps) {
		String source = (publicValueSource == null || publicValueSource.isBlank()) ? null : publicValueSource.strip();
		if (source != null && source.length() > MAX_PUBLIC_VALUE) {
			throw new DrawingRefusedException("drawing.publicValue.tooLong", "");
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String code : underReview) {
			StateParty party = this.parties.findParty(code)
				.filter((p) -> p.isPartyTo(Instrument.UNTOC))
				.orElseThrow(() -> new DrawingRefusedException("drawing.error.unknownState", code));
			codes.add(party.getCode());
		}
		if (codes.isEmpty()) {
			throw new DrawingRefusedException("drawing.error.noState", "");
		}
		List<ParticipationGap> gaps = gaps(codes);
		Set<String> confirmed = (confirmedGaps != null) ? Set.copyOf(confirmedGaps) : Set.of();
		if (gaps.stream().anyMatch((gap) -> !confirmed.contains(gap.value()))) {
			throw new UnconfirmedGapsException(gaps);
		}
		refuseSecondReview(codes, cluster);
		return codes;
	}

	private void lockCluster(ThematicCluster cluster) {
		this.jdbc.queryForList("select cluster from drawing_cluster_lock where cluster = ? for update", String.class,
				cluster.name());
	}

	/**
	 * No drawing shopping and no duplicate review: a State with an active review on the
	 * cluster, or already in a committed drawing for it, cannot be drawn again.
	 */
	private void refuseSecondReview(Set<String> codes, ThematicCluster cluster) {
		List<String> reviewed = this.cycle.statesWithActiveReview(codes, cluster);
		if (!reviewed.isEmpty()) {
			throw new DrawingRefusedException("drawing.error.activeReview", String.join(", ", reviewed));
		}
		List<String> pending = new ArrayList<>(this.drawings
			.findByStatusAndKindAndClusterAndCountryReviewIdIsNull(Drawing.Status.COMMITTED, Drawing.Kind.LOTS, cluster)
			.stream()
			.flatMap((d) -> statesUnderReview(d).stream())
			.filter(codes::contains)
			.toList());
		// A drawing just revealed whose reviews the cycle has not opened yet (it does so
		// on the ReviewsDrawn event, after the reveal's commit) still holds its States.
		for (Drawing revealed : this.drawings.findByStatusAndKindAndClusterAndCountryReviewIdIsNull(
				Drawing.Status.REVEALED, Drawing.Kind.LOTS, cluster)) {
			List<String> mine = statesUnderReview(revealed).stream().filter(codes::contains).toList();
			if (!mine.isEmpty()) {
				List<String> opened = this.cycle.reviewsOfDrawing(revealed.getId())
					.stream()
					.map(CountryReview::getStateUnderReview)
					.toList();
				mine.stream().filter((c) -> !opened.contains(c)).forEach(pending::add);
			}
		}
		pending = pending.stream().distinct().sorted().toList();
		if (!pending.isEmpty()) {
			throw new DrawingRefusedException("drawing.error.pendingDrawing", String.join(", ", pending));
		}
	}

	/**
	 * The secretariat cancels a committed drawing before its reveal, with a public
	 * reason; it stays listed as cancelled.
	 */
	@Transactional
	public Drawing cancel(long id, long seenVersion, String reason) {
		Drawing drawing = drawing(id);
		if (drawing.getVersion() != seenVersion) {
			throw new ConcurrentEditException("drawing " + id);
		}
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new DrawingRefusedException("drawing.error.cancelReason", "");
		}
		drawing.cancel(reason.strip(), AuditService.currentActor(), Instant.now(this.clock));
		this.drawings.saveAndFlush(drawing);
		this.audit.record("drawing.cancelled", "drawing", String.valueOf(id), Map.of("status", "COMMITTED"),
				Map.of("status", "CANCELLED", "reason", reason.strip()));
		return drawing;
	}

	/**
	 * How many country reviews revealing this drawing opens (none for a split or redraw).
	 */
	public int reviewsOpenedByReveal(Drawing drawing) {
		return (drawing.isGroupSplit() || drawing.isRedraw()) ? 0 : statesUnderReview(drawing).size();
	}

	/** Prepares the split of every party to the Convention into review groups by lot. */
	@Transactional
	public Drawing prepareGroupSplit(String title, int groups) {
		List<String> codes = participants().stream().map(DrawInput.Party::code).toList();
		if (groups < 1 || groups > codes.size()) {
			throw new DrawingRefusedException("drawing.error.groups", "");
		}
		Drawing drawing = commit(title, null, null, new ReviewGroupSplit.Input(codes, groups));
		drawing.splitsIntoGroups();
		this.audit.record("drawing.committed", "drawing", String.valueOf(drawing.getId()), null,
				Map.of("title", title, "groups", groups, "commitment", drawing.getCommitment()));
		return drawing;
	}

	/** The review groups of a revealed split, parsed. */
	public ReviewGroupSplit.Result groups(Drawing drawing) {
		if (!drawing.isGroupSplit() || drawing.getResultJson() == null) {
			return null;
		}
		return this.json.readValue(drawing.getResultJson(), ReviewGroupSplit.Result.class);
	}

	/** The States a revealed split put into one review group, in code order. */
	public List<String> groupMembers(Drawing split, int group) {
		ReviewGroupSplit.Result result = groups(split);
		return (result == null) ? List.of()
				: result.groups()
					.stream()
					.filter((g) -> g.number() == group)
					.flatMap((g) -> g.parties().stream())
					.sorted()
					.toList();
	}

	/** How many redraws a State under review may ask for, per review. */
	public static final int MAX_REDRAWS = 2;

	/** The redraws asked for in a country review, oldest first. */
	@Transactional(readOnly = true)
	public List<Drawing> redrawsOf(long countryReviewId) {
		return this.drawings.findByCountryReviewIdOrderByIdAsc(countryReviewId);
	}

	/**
	 * The focal point of the State under review refuses one reviewer: a new drawing keeps
	 * every other current pairing of the drawing with its original draw order, excludes
	 * the refused State (and any refused before), and commits to a fresh seed; revealing
	 * it replaces the reviewer. One redraw per drawing may wait for its reveal at a time:
	 * the database refuses a second (unique column {@code pending_redraw_of}), so two
	 * requests at once give one redraw and one refusal.
	 */
	@Transactional
	public Drawing requestRedraw(long countryReviewId, String refused, String reason) {
		RedrawPlan plan = checkBeforeRedraw(countryReviewId, refused, reason);
		try {
			this.engine.checkFeasible(plan.input());
		}
		catch (InfeasibleDrawException ex) {
			throw new DrawingRefusedException("drawing.error.infeasible", "", explanations(ex));
		}
		catch (DrawingStoppedException ex) {
			throw new DrawingRefusedException("drawing.error.stopped", "",
					List.of(new DrawingRefusedException.Explanation(ex.getMessageKey(), ex.getArguments())));
		}
		// Requests and reveals of the drawing's redraws take turns (a database lock held
		// until commit): checked again under it, the plan still holds.
		Drawing parent = this.drawings.lockById(plan.parent().getId()).orElseThrow();
		if (!plan.equals(checkBeforeRedraw(countryReviewId, refused, reason))) {
			throw new DrawingRefusedException("drawing.redraw.notCurrent", "");
		}
		CountryReview review = plan.review();
		Drawing drawing = commit("Redraw for " + review.getStateUnderReview() + " (cluster "
				+ review.getCluster().name() + "): replaces " + refused, parent.getReviewGroup(), review.getCluster(),
				plan.input());
		drawing.redrawOf(parent.getId(), review.getId(), review.getStateUnderReview(), refused,
				AuditService.currentActor());
		drawing.redrawReason(reason.strip());
		try {
			this.drawings.saveAndFlush(drawing);
		}
		catch (DataAccessException ex) {
			// Another request committed a redraw of this drawing meanwhile: the unique
			// column pending_redraw_of refuses the second.
			throw new DrawingRefusedException("drawing.redraw.pending", "");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("countryReview", review.getId());
		after.put("refused", refused);
		after.put("reason", reason.strip());
		after.put("commitment", drawing.getCommitment());
		this.audit.record("drawing.redraw.requested", "drawing", String.valueOf(drawing.getId()), null, after);
		return drawing;
	}

	/**
	 * What a redraw request would draw: the review, the drawing it redraws and the input
	 * (kept pairings from the drawing module's own record of the current draw, never from
	 * the cycle, whose copy is updated later by event).
	 */
	public record RedrawPlan(CountryReview review, Drawing parent, DrawInput input) {

		@Override
		public boolean equals(Object other) {
			return other instanceof RedrawPlan plan && plan.review.getId().equals(this.review.getId())
					&& plan.parent.getId().equals(this.parent.getId()) && plan.input.equals(this.input);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.review.getId(), this.parent.getId(), this.input);
		}

	}

	/**
	 * The quick checks of a redraw request, without the engine (the platform runs them on
	 * the request thread, so that a refusal is shown with the form at once): who asks,
	 * the reason, the limit, no other pending redraw, the refused State a current
	 * reviewer.
	 */
	@Transactional(readOnly = true)
	public RedrawPlan checkBeforeRedraw(long countryReviewId, String refused, String reason) {
		CountryReview review = this.cycle.review(countryReviewId);
		if (!this.policy.may(AuditService.currentActor(), ReviewAction.ASK_REDRAW, countryReviewId)) {
			throw new DrawingRefusedException("redraw.error.notYours", "");
		}
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new DrawingRefusedException("redraw.error.reason", "");
		}
		if (review.getDrawingId() == null) {
			throw new DrawingRefusedException("redraw.error.notDrawn", "");
		}
		List<Drawing> earlier = redrawsOf(countryReviewId);
		if (redrawsCounted(earlier) >= MAX_REDRAWS) {
			throw new DrawingRefusedException("redraw.error.limit", "");
		}
		if (this.drawings.existsByPendingRedrawOf(review.getDrawingId())) {
			throw new DrawingRefusedException("drawing.redraw.pending", "");
		}
		Drawing parent = drawing(review.getDrawingId());
		Draw current = currentDraw(parent);
		boolean reviewer = current.reviews()
			.stream()
			.filter((r) -> r.stateUnderReview().equals(review.getStateUnderReview()))
			.flatMap((r) -> r.reviewers().stream())
			.anyMatch((r) -> r.code().equals(refused));
		if (!reviewer) {
			throw new DrawingRefusedException("redraw.error.notReviewer", (refused != null) ? refused : "");
		}
		DrawInput original = DrawJson.readInput(parent.getInputJson().getBytes(StandardCharsets.UTF_8));
		List<DrawInput.ExcludedPair> excluded = new ArrayList<>(original.excludedPairs());
		excluded.add(new DrawInput.ExcludedPair(review.getStateUnderReview(), refused));
		earlier.stream()
			.filter(Drawing::isRevealed)
			.forEach((d) -> excluded
				.add(new DrawInput.ExcludedPair(review.getStateUnderReview(), d.getRefusedReviewer())));
		DrawInput input = new DrawInput(original.parties(), original.statesUnderReview(), original.rules(), excluded,
				keptPairings(current, review.getStateUnderReview(), refused));
		return new RedrawPlan(review, parent, input);
	}

	/**
	 * How many redraws count against the limit: revealed or waiting; a failed or
	 * cancelled one does not.
	 */
	public static long redrawsCounted(List<Drawing> redraws) {
		return redraws.stream().filter(Drawing::countsAsRedraw).count();
	}

	/**
	 * The pairings a drawing's reviews have now: its own result, or that of its latest
	 * revealed redraw (each redraw's result holds every pairing of the drawing).
	 */
	private Draw currentDraw(Drawing parent) {
		Drawing latest = this.drawings
			.findFirstByParentDrawingIdAndStatusOrderByIdDesc(parent.getId(), Drawing.Status.REVEALED)
			.orElse(parent);
		return result(latest);
	}

	/**
	 * Every pairing of the current draw but the refused one, with its original draw
	 * order, in draw order.
	 */
	private static List<DrawInput.FixedReviewer> keptPairings(Draw current, String stateUnderReview, String refused) {
		List<DrawInput.FixedReviewer> kept = new ArrayList<>();
		for (Draw.Review review : current.reviews()) {
			for (Draw.Reviewer reviewer : review.reviewers()) {
				if (!(review.stateUnderReview().equals(stateUnderReview) && reviewer.code().equals(refused))) {
					kept.add(new DrawInput.FixedReviewer(review.stateUnderReview(), reviewer.code(), reviewer.slot(),
							reviewer.instruments(), reviewer.drawOrder()));
				}
			}
		}
		kept.sort(java.util.Comparator.comparing(DrawInput.FixedReviewer::drawOrder));
		return kept;
	}

	/**
	 * At a redraw's reveal: the States under review whose kept pairings are no longer
	 * those of the drawing's current draw, as the drawing module records it (its own
	 * result or that of its latest revealed redraw): another redraw of the same drawing
	 * was revealed after this one was asked for. The cycle's copy of the reviewers is not
	 * consulted: it is updated later, by event, and whether it has caught up yet must not
	 * change the outcome.
	 */
	private List<String> staleKeptPairings(Drawing redraw, DrawInput input) {
		Set<String> stale = new java.util.TreeSet<>();
		Drawing parent = drawing(redraw.getParentDrawingId());
		List<DrawInput.FixedReviewer> now = keptPairings(currentDraw(parent), redraw.getRedrawStateUnderReview(),
				redraw.getRefusedReviewer());
		Set<DrawInput.FixedReviewer> given = new java.util.HashSet<>(input.fixed());
		for (DrawInput.FixedReviewer pairing : now) {
			if (!given.remove(pairing)) {
				stale.add(pairing.stateUnderReview());
			}
		}
		given.forEach((pairing) -> stale.add(pairing.stateUnderReview()));
		return List.copyOf(stale);
	}

	private static List<DrawingRefusedException.Explanation> explanations(InfeasibleDrawException ex) {
		return ex.getBlockers()
			.stream()
			.map((b) -> new DrawingRefusedException.Explanation(b.messageKey(), b.arguments()))
			.toList();
	}

	/** Why a failed redraw could not be drawn, as message keys with arguments. */
	public List<DrawingRefusedException.Explanation> failure(Drawing drawing) {
		if (drawing.getFailureJson() == null) {
			return List.of();
		}
		return List.of(this.json.readValue(drawing.getFailureJson(), DrawingRefusedException.Explanation[].class));
	}

	/** Ends a redraw that cannot be drawn as FAILED, with its public explanation. */
	private Drawing failRedraw(Drawing drawing, List<DrawingRefusedException.Explanation> why) {
		drawing.fail(this.json.writeValueAsString(why), Instant.now(this.clock));
		this.drawings.saveAndFlush(drawing);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", "FAILED");
		after.put("explanation", why.stream().map(DrawingRefusedException.Explanation::key).toList());
		this.audit.record("drawing.redraw.failed", "drawing", String.valueOf(drawing.getId()),
				Map.of("status", "COMMITTED"), after);
		// Told to the secretariat and to the focal points of the State under review and
		// of the refused reviewer, who stays; nothing confidential: the page is public.
		Set<String> states = Set.of(drawing.getRedrawStateUnderReview(), drawing.getRefusedReviewer());
		Set<Long> recipients = new java.util.HashSet<>();
		for (Account account : this.accounts.all()) {
			if (account.isEnabled() && (account.getRole() == Role.SECRETARIAT
					|| (account.getRole() == Role.FOCAL_POINT && states.contains(account.getPartyCode())))) {
				recipients.add(account.getId());
			}
		}
		if (!recipients.isEmpty()) {
			this.events.publishEvent(new NotificationRequested(recipients, NotificationKind.REVIEW_CHANGED,
					"drawing.notification.redrawFailed", List.of("state:" + drawing.getRedrawStateUnderReview(),
							"key:" + drawing.getCluster().nameKey(), "state:" + drawing.getRefusedReviewer()),
					"/drawings/" + drawing.getId()));
		}
		return drawing;
	}

	/** Publishes an input and the commitment to a fresh secret seed of 32 bytes. */
	private Drawing commit(String title, Integer reviewGroup, ThematicCluster cluster, Object input) {
		byte[] inputBytes = this.json.writeValueAsBytes(input);
		byte[] seed = new byte[32];
		RANDOM.nextBytes(seed);
		return this.drawings
			.save(new Drawing(title, reviewGroup, cluster, new String(inputBytes, StandardCharsets.UTF_8),
					DrawJson.sha256Hex(inputBytes), HexFormat.of().formatHex(seed), DrawJson.sha256Hex(seed),
					AuditService.currentActor(), Instant.now(this.clock)));
	}

	/**
	 * Reveals the seed: the lots are drawn and the country reviews opened with their
	 * deadlines.
	 */
	@Transactional
	public Drawing reveal(long id, long seenVersion) {
		return reveal(id, seenVersion, null, DrawProgress.NONE);
	}

	/** The longest public value or description of one, in characters. */
	public static final int MAX_PUBLIC_VALUE = 300;

	/**
	 * The public value to mix into the seed at reveal, stripped: required when one was
	 * announced, ignored otherwise.
	 */
	static String publicValueFor(Drawing drawing, String typed) {
		if (drawing.getPublicValueSource() == null) {
			return null;
		}
		if (typed == null || typed.isBlank()) {
			throw new DrawingRefusedException("drawing.publicValue.required", "");
		}
		if (typed.strip().length() > MAX_PUBLIC_VALUE) {
			throw new DrawingRefusedException("drawing.publicValue.tooLong", "");
		}
		return typed.strip();
	}

	/**
	 * Reveals the seed, telling {@code progress} after each slot filled (the platform
	 * runs this off the request thread, see {@code DrawingRuns}).
	 */
	@Transactional
	public Drawing reveal(long id, long seenVersion, String publicValue, DrawProgress progress) {
		Drawing drawing = drawing(id);
		if (drawing.getVersion() != seenVersion || !drawing.getStatus().equals(Drawing.Status.COMMITTED)) {
			throw new ConcurrentEditException("drawing " + id);
		}
		String value = publicValueFor(drawing, publicValue);
		byte[] seed = DrawingEngine.withPublicValue(HexFormat.of().parseHex(drawing.getSecretSeed()), value);
		byte[] input = drawing.getInputJson().getBytes(StandardCharsets.UTF_8);
		if (drawing.isGroupSplit()) {
			ReviewGroupSplit.Result split = ReviewGroupSplit.split(DrawJson.readSplitInput(input),
					drawing.getInputSha256(), seed);
			drawing.reveal(ReviewGroupSplit.write(split), value, AuditService.currentActor(), Instant.now(this.clock));
			this.drawings.saveAndFlush(drawing);
			Map<Integer, List<String>> members = new LinkedHashMap<>();
			split.groups().forEach((g) -> members.put(g.number(), g.parties()));
			this.audit.record("drawing.revealed", "drawing", String.valueOf(id), null,
					Map.of("seed", drawing.getRevealedSeed()));
			this.events.publishEvent(new ReviewGroupsDrawn(drawing.getId(), members));
			return drawing;
		}
		if (!drawing.isRedraw()) {
			List<String> reviewed = this.cycle.statesWithActiveReview(statesUnderReview(drawing), drawing.getCluster());
			if (!reviewed.isEmpty()) {
				throw new DrawingRefusedException("drawing.error.activeReview", String.join(", ", reviewed));
			}
		}
		Draw draw;
		if (drawing.isRedraw()) {
			DrawInput parsed = DrawJson.readInput(input);
			List<DrawingRefusedException.Explanation> failure = null;
			try {
				draw = this.engine.draw(parsed, drawing.getInputSha256(), seed, progress);
			}
			catch (InfeasibleDrawException ex) {
				draw = null;
				failure = explanations(ex);
			}
			catch (DrawingStoppedException ex) {
				draw = null;
				failure = List.of(new DrawingRefusedException.Explanation(ex.getMessageKey(), ex.getArguments()));
			}
			// Requests and reveals of the drawing's redraws take turns from here to the
			// commit (a database lock), so the kept pairings checked are those written.
			this.drawings.lockById(drawing.getParentDrawingId());
			List<String> stale = staleKeptPairings(drawing, parsed);
			if (!stale.isEmpty()) {
				failure = List.of(new DrawingRefusedException.Explanation("drawing.redraw.stale",
						List.of(String.join(", ", stale))));
			}
			if (failure != null) {
				return failRedraw(drawing, failure);
			}
		}
		else {
			try {
				draw = this.engine.draw(DrawJson.readInput(input), drawing.getInputSha256(), seed, progress);
			}
			catch (DrawingStoppedException ex) {
				throw new DrawingRefusedException("drawing.run.stopped", "",
						List.of(new DrawingRefusedException.Explanation(ex.getMessageKey(), ex.getArguments())));
			}
		}
		drawing.reveal(DrawJson.write(draw), value, AuditService.currentActor(), Instant.now(this.clock));
		this.drawings.saveAndFlush(drawing);
		LocalDate start = LocalDate.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
		List<ReviewsDrawn.DrawnReview> drawn = new ArrayList<>();
		for (Draw.Review review : draw.reviews()) {
			List<ReviewsDrawn.DrawnReviewer> reviewers = new ArrayList<>();
			for (Draw.Reviewer reviewer : review.reviewers()) {
				reviewers.add(new ReviewsDrawn.DrawnReviewer(reviewer.code(), ReviewerSlot.valueOf(reviewer.slot()),
						reviewer.instruments().stream().map(Instrument::valueOf).toList()));
			}
			if (!drawing.isRedraw()) {
				drawn.add(new ReviewsDrawn.DrawnReview(review.stateUnderReview(), reviewers));
			}
			else if (review.stateUnderReview().equals(drawing.getRedrawStateUnderReview())) {
				// Every other review kept its pairings in the redraw's input; only this
				// one changes.
				this.events.publishEvent(new ReviewerRedrawn(drawing.getId(), drawing.getCountryReviewId(), reviewers));
			}
		}
		if (!drawing.isRedraw()) {
			this.events.publishEvent(
					new ReviewsDrawn(drawing.getId(), drawing.getCluster(), drawing.getReviewGroup(), start, drawn));
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("seed", drawing.getRevealedSeed());
		if (value != null) {
			after.put("publicValue", value);
		}
		after.put("reviews", draw.reviews().size());
		this.audit.record("drawing.revealed", "drawing", String.valueOf(id), null, after);
		return drawing;
	}

	/**
	 * Every confirmed party to the Convention with the instruments it is confirmed party
	 * to.
	 */
	private List<DrawInput.Party> participants() {
		List<DrawInput.Party> list = new ArrayList<>();
		for (StateParty party : this.parties.find(null, Instrument.UNTOC)) {
			List<String> instruments = party.getParticipations()
				.stream()
				.filter(Participation::isConfirmedParty)
				.map((p) -> p.getInstrument().name())
				.toList();
			String group = (party.getRegionalGroup() == RegionalGroup.NONE)
					? this.settings.groupForPartiesWithoutGroup() : party.getRegionalGroup().name();
			list.add(new DrawInput.Party(party.getCode(), group, instruments));
		}
		list.sort((a, b) -> a.code().compareTo(b.code()));
		return list;
	}

	static List<String> codes(String text) {
		return Arrays.stream(text.split("[\\s,;]+"))
			.filter((c) -> !c.isBlank())
			.map((c) -> c.trim().toUpperCase(Locale.ROOT))
			.toList();
	}

}
