package org.palermo.deskreview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.cycle.ReviewRole;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of observations' front door: the reviewers and the State under review draft
 * typed items per article; every change is a revision with its diff and withdraws the
 * clearances given; each State of the review clears each item through its focal point.
 */
@Service
public class ObservationService {

	private final ObservationItemRepository items;

	private final ObservationRevisionRepository revisions;

	private final ObservationCommentRepository comments;

	private final ObservationClearanceRepository clearances;

	private final CycleService cycle;

	private final ReviewPolicy policy;

	private final ReviewPeopleService people;

	private final ReviewArticles articles;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DeskReviewSearch search;

	ObservationService(ObservationItemRepository items, ObservationRevisionRepository revisions,
			ObservationCommentRepository comments, ObservationClearanceRepository clearances, CycleService cycle,
			ReviewPolicy policy, ReviewPeopleService people, ReviewArticles articles, AuditService audit,
			ApplicationEventPublisher events, Clock clock, DeskReviewSearch search) {
		this.search = search;
		this.items = items;
		this.revisions = revisions;
		this.comments = comments;
		this.clearances = clearances;
		this.cycle = cycle;
		this.policy = policy;
		this.people = people;
		this.articles = articles;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The list as its readers see it: items by instrument and article, with clearances.
	 */
	@Transactional(readOnly = true)
	public ObservationsView view(long reviewId, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		require(viewer, ReviewAction.READ_OBSERVATIONS, reviewId);
		List<ObservationItem> all = this.items.findByReviewIdOrderById(reviewId)
			.stream()
			.filter((i) -> !i.isRemoved())
			.toList();
		List<Long> ids = all.stream().map(ObservationItem::getId).toList();
		Map<Long, List<ObservationRevision>> history = ids.isEmpty() ? Map.of()
				: this.revisions.findByItemIdInOrderByItemIdAscRevisionDesc(ids)
					.stream()
					.collect(Collectors.groupingBy(ObservationRevision::getItemId));
		Map<Long, List<ObservationComment>> notes = ids.isEmpty() ? Map.of()
				: this.comments.findByItemIdInOrderById(ids)
					.stream()
					.collect(Collectors.groupingBy(ObservationComment::getItemId));
		Map<Long, List<ObservationClearance>> cleared = ids.isEmpty() ? Map.of()
				: this.clearances.findByItemIdInOrderById(ids)
					.stream()
					.collect(Collectors.groupingBy(ObservationClearance::getItemId));
		List<String> parties = parties(review);
		String clearingFor = partyFor(viewer, ReviewAction.CLEAR_OBSERVATIONS, review);
		Map<Instrument, List<Article>> covered = this.articles.all(review);
		List<ArticleItems> groups = new ArrayList<>();
		covered.forEach((instrument, list) -> {
			for (Article article : list) {
				List<ItemView> views = all.stream()
					.filter((i) -> i.getArticleId().equals(article.getId()))
					.map((i) -> ItemView.of(i, parties, history.getOrDefault(i.getId(), List.of()),
							notes.getOrDefault(i.getId(), List.of()), cleared.getOrDefault(i.getId(), List.of()),
							clearingFor))
					.toList();
				if (!views.isEmpty()) {
					groups.add(new ArticleItems(instrument, article, views));
				}
			}
		});
		return new ObservationsView(review, parties, groups, covered,
				this.policy.may(viewer, ReviewAction.DRAFT_OBSERVATIONS, reviewId), clearingFor);
	}

	/** A drafter adds an item on one article of the review. */
	@Transactional
	public ObservationItem add(long reviewId, ObservationForm form, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		require(viewer, ReviewAction.DRAFT_OBSERVATIONS, reviewId);
		if (form.articleId() == null) {
			throw new DeskReviewRefusedException("observations.error.articleRequired");
		}
		ReviewArticles.find(this.articles.all(review), form.articleId());
		Instant now = Instant.now(this.clock);
		ObservationItem item = this.items.saveAndFlush(
				new ObservationItem(reviewId, form.articleId(), form.requiredType(), form.cleanBody(), viewer, now));
		this.revisions.save(new ObservationRevision(item, WordDiff.between("", item.getBody()), viewer, now));
		this.audit.record("observation.add", "ObservationItem", String.valueOf(item.getId()), null, snapshot(item));
		this.search.changed(item);
		return item;
	}

	/**
	 * A drafter changes an item's type or wording: a new revision, and every clearance of
	 * the item is withdrawn.
	 */
	@Transactional
	public ObservationItem change(long reviewId, long itemId, ObservationForm form, String viewer) {
		require(viewer, ReviewAction.DRAFT_OBSERVATIONS, reviewId);
		ObservationItem item = current(reviewId, itemId, form.version());
		Map<String, Object> before = snapshot(item);
		String previous = item.getBody();
		item.change(form.requiredType(), form.cleanBody());
		return revise(reviewId, item, previous, before, "observation.change", viewer);
	}

	/** A drafter takes an item off the list; its clearances are withdrawn. */
	@Transactional
	public ObservationItem remove(long reviewId, long itemId, Long version, String viewer) {
		require(viewer, ReviewAction.DRAFT_OBSERVATIONS, reviewId);
		ObservationItem item = current(reviewId, itemId, version);
		Map<String, Object> before = snapshot(item);
		String previous = item.getBody();
		item.remove();
		return revise(reviewId, item, previous, before, "observation.remove", viewer);
	}

	private ObservationItem revise(long reviewId, ObservationItem item, String previous, Map<String, Object> before,
			String action, String viewer) {
		Instant now = Instant.now(this.clock);
		ObservationItem saved = this.items.saveAndFlush(item);
		this.revisions.save(new ObservationRevision(saved,
				WordDiff.between(previous, saved.isRemoved() ? "" : saved.getBody()), viewer, now));
		List<ObservationClearance> withdrawn = this.clearances.findByItemIdAndWithdrawnAtIsNull(saved.getId());
		withdrawn.forEach((c) -> c.withdraw(viewer, now));
		this.audit.record(action, "ObservationItem", String.valueOf(saved.getId()), before, snapshot(saved));
		this.search.changed(saved);
		if (!withdrawn.isEmpty()) {
			Set<String> parties = withdrawn.stream()
				.map(ObservationClearance::getPartyCode)
				.collect(Collectors.toSet());
			this.audit.record("observation.clearanceWithdrawn", "ObservationItem", String.valueOf(saved.getId()),
					Map.of("clearedBy", parties), Map.of("clearedBy", List.of()));
			tellFocalPoints(reviewId, parties);
		}
		return saved;
	}

	/**
	 * A focal point clears the revision they read, for their State; a later revision
	 * answers 409.
	 */
	@Transactional
	public ObservationClearance clear(long reviewId, long itemId, Integer revision, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		String party = partyFor(viewer, ReviewAction.CLEAR_OBSERVATIONS, review);
		if (party == null) {
			throw new AccessDeniedException("review " + reviewId);
		}
		ObservationItem item = item(reviewId, itemId);
		if (item.isRemoved()) {
			throw new DeskReviewRefusedException("observations.error.removed");
		}
		if (revision == null || revision != item.getRevision()) {
			throw new ConcurrentEditException("observation " + itemId);
		}
		if (this.clearances.findByItemIdAndWithdrawnAtIsNull(itemId)
			.stream()
			.anyMatch((c) -> c.getPartyCode().equals(party))) {
			throw new DeskReviewRefusedException("observations.error.alreadyCleared");
		}
		ObservationClearance clearance = this.clearances
			.save(new ObservationClearance(item, party, viewer, Instant.now(this.clock)));
		this.audit.record("observation.clear", "ObservationItem", String.valueOf(itemId), null,
				Map.of("party", party, "revision", item.getRevision()));
		return clearance;
	}

	/** A drafter comments on an item, anchored to the revision they read. */
	@Transactional
	public ObservationComment comment(long reviewId, long itemId, String body, String viewer) {
		require(viewer, ReviewAction.DRAFT_OBSERVATIONS, reviewId);
		ObservationItem item = item(reviewId, itemId);
		if (item.isRemoved()) {
			throw new DeskReviewRefusedException("observations.error.removed");
		}
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty() || text.length() > 4000) {
			throw new DeskReviewRefusedException("observations.error.comment");
		}
		ObservationComment comment = this.comments
			.save(new ObservationComment(item, text, viewer, Instant.now(this.clock)));
		this.audit.record("observation.comment", "ObservationItem", String.valueOf(itemId), null,
				Map.of("revision", item.getRevision(), "comment", text));
		tellOtherParties(this.cycle.review(reviewId), item, viewer);
		return comment;
	}

	/**
	 * Tells the people of the review's other States who may read the list that an item
	 * has a new comment: the notification names the item (article and type), never the
	 * comment's text.
	 */
	private void tellOtherParties(CountryReview review, ObservationItem item, String viewer) {
		Set<String> own = this.policy.statesActedFor(viewer, review.getId());
		Set<Long> recipients = this.people.people(review.getId())
			.stream()
			.filter((p) -> p.member().isActive() && !own.contains(p.member().getPartyCode())
					&& this.policy.may(p.account().getUsername(), ReviewAction.READ_OBSERVATIONS, review.getId()))
			.map((p) -> p.member().getAccountId())
			.collect(Collectors.toSet());
		if (recipients.isEmpty()) {
			return;
		}
		Article article = this.articles.all(review)
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((a) -> a.getId().equals(item.getArticleId()))
			.findFirst()
			.orElse(null);
		List<String> arguments = List.of("state:" + review.getStateUnderReview(),
				"key:" + review.getCluster().nameKey(),
				(article != null) ? "key:" + article.getInstrument().shortKey() : "",
				(article != null) ? String.valueOf(article.getNumber()) : "", "key:" + item.getType().labelKey());
		this.events
			.publishEvent(new NotificationRequested(recipients, NotificationKind.COMMENT, "observations.notify.comment",
					arguments, "/reviews/" + review.getId() + "/observations#item-" + item.getId()));
	}

	/**
	 * The States that clear the list: the State under review first, then its reviewers.
	 */
	static List<String> parties(CountryReview review) {
		List<String> parties = new ArrayList<>();
		parties.add(review.getStateUnderReview());
		parties.addAll(review.getReviewingStates());
		return parties;
	}

	private ObservationItem current(long reviewId, long itemId, Long version) {
		ObservationItem item = item(reviewId, itemId);
		if (version == null || version != item.getVersion()) {
			throw new ConcurrentEditException("observation " + itemId);
		}
		return item;
	}

	private ObservationItem item(long reviewId, long itemId) {
		return this.items.findById(itemId)
			.filter((i) -> i.getReviewId() == reviewId)
			.orElseThrow(() -> new NotFoundException("observation"));
	}

	private void tellFocalPoints(long reviewId, Set<String> parties) {
		Set<Long> recipients = this.people.people(reviewId)
			.stream()
			.filter((p) -> p.member().isActive() && p.member().getRole() == ReviewRole.FOCAL_POINT
					&& parties.contains(p.member().getPartyCode()))
			.map((p) -> p.member().getAccountId())
			.collect(Collectors.toSet());
		if (!recipients.isEmpty()) {
			this.events.publishEvent(new NotificationRequested(recipients, NotificationKind.CLEARANCE,
					"observations.notify.clearanceWithdrawn", List.of(), "/reviews/" + reviewId + "/observations"));
		}
	}

	private void require(String viewer, ReviewAction action, long reviewId) {
		if (!this.policy.may(viewer, action, reviewId)) {
			throw new AccessDeniedException("review " + reviewId);
		}
	}

	private String partyFor(String viewer, ReviewAction action, CountryReview review) {
		return parties(review).stream()
			.filter((party) -> this.policy.mayFor(viewer, action, review.getId(), party))
			.findFirst()
			.orElse(null);
	}

	private static Map<String, Object> snapshot(ObservationItem item) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("articleId", item.getArticleId());
		state.put("type", item.getType().name());
		state.put("body", item.getBody());
		state.put("revision", item.getRevision());
		state.put("removed", item.isRemoved());
		return state;
	}

	/** What the list page shows. */
	public record ObservationsView(CountryReview review, List<String> parties, List<ArticleItems> articles,
			Map<Instrument, List<Article>> covered, boolean mayDraft, String clearingFor) {

		/** Items agreed by every State, of all items. */
		public long agreedCount() {
			return this.articles.stream().flatMap((a) -> a.items().stream()).filter(ItemView::agreed).count();
		}

		public long itemCount() {
			return this.articles.stream().mapToLong((a) -> a.items().size()).sum();
		}

	}

	/** The items on one article. */
	public record ArticleItems(Instrument instrument, Article article, List<ItemView> items) {
	}

	/**
	 * One item with its revisions (latest first), comments, the clearances in force per
	 * State and those withdrawn.
	 */
	public record ItemView(ObservationItem item, Map<String, ObservationClearance> clearedBy,
			List<ObservationClearance> withdrawn, List<ObservationRevision> history, List<ObservationComment> comments,
			boolean agreed, boolean mayClear) {

		static ItemView of(ObservationItem item, List<String> parties, List<ObservationRevision> history,
				List<ObservationComment> comments, List<ObservationClearance> clearances, String clearingFor) {
			Map<String, ObservationClearance> active = new LinkedHashMap<>();
			clearances.stream().filter(ObservationClearance::isActive).forEach((c) -> active.put(c.getPartyCode(), c));
			List<ObservationClearance> withdrawn = clearances.stream().filter((c) -> !c.isActive()).toList();
			boolean agreed = active.keySet().containsAll(parties);
			boolean mayClear = clearingFor != null && !active.containsKey(clearingFor);
			return new ItemView(item, active, withdrawn, history, comments, agreed, mayClear);
		}

	}

}
