package org.palermo.deskreview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;
import org.palermo.system.ConcurrentEditException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Written feedback's front door: each reviewing State's experts draft per article, its
 * focal point sends; drafts stay with their State, sent feedback reaches the State under
 * review.
 */
@Service
public class FeedbackService {

	private final FeedbackEntryRepository entries;

	private final CycleService cycle;

	private final ReviewPolicy policy;

	private final ReviewPeopleService people;

	private final ReviewArticles articles;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackService(FeedbackEntryRepository entries, CycleService cycle, ReviewPolicy policy,
			ReviewPeopleService people, ReviewArticles articles, AuditService audit, ApplicationEventPublisher events,
			Clock clock) {
		this.entries = entries;
		this.cycle = cycle;
		this.policy = policy;
		this.people = people;
		this.articles = articles;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The feedback a person may read: every reviewing State's sent feedback, and their
	 * own State's drafts.
	 */
	@Transactional(readOnly = true)
	public FeedbackView view(long reviewId, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		require(viewer, ReviewAction.READ_FEEDBACK, reviewId);
		Map<String, List<FeedbackEntry>> byParty = this.entries.findByReviewIdOrderById(reviewId)
			.stream()
			.collect(Collectors.groupingBy(FeedbackEntry::getPartyCode));
		List<StateFeedback> states = new ArrayList<>();
		for (String party : review.getReviewingStates()) {
			boolean own = this.policy.mayFor(viewer, ReviewAction.READ_FEEDBACK, reviewId, party);
			Map<Long, FeedbackEntry> visible = byParty.getOrDefault(party, List.of())
				.stream()
				.filter((e) -> own || e.getStatus() == FeedbackStatus.SENT)
				.collect(Collectors.toMap(FeedbackEntry::getArticleId, (e) -> e));
			List<ArticleFeedback> rows = new ArrayList<>();
			this.articles.reviewedBy(review, party).forEach((instrument, list) -> {
				for (Article article : list) {
					FeedbackEntry entry = visible.get(article.getId());
					if (own || entry != null) {
						rows.add(new ArticleFeedback(instrument, article, entry));
					}
				}
			});
			long drafts = visible.values().stream().filter((e) -> e.getStatus() == FeedbackStatus.DRAFT).count();
			states.add(new StateFeedback(party, own,
					this.policy.mayFor(viewer, ReviewAction.GIVE_FEEDBACK, reviewId, party),
					this.policy.mayFor(viewer, ReviewAction.CLEAR_FEEDBACK, reviewId, party) && drafts > 0, rows,
					drafts));
		}
		return new FeedbackView(review, states);
	}

	/** A reviewing State's expert (or focal point) drafts the feedback on one article. */
	@Transactional
	public FeedbackEntry draft(long reviewId, long articleId, FeedbackForm form, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		String party = partyFor(viewer, ReviewAction.GIVE_FEEDBACK, review);
		FeedbackForm text = form.normalised();
		ReviewArticles.find(this.articles.reviewedBy(review, party), articleId);
		FeedbackEntry entry = this.entries.findByReviewIdAndPartyCodeAndArticleId(reviewId, party, articleId)
			.orElse(null);
		FeedbackEntry.Snapshot before = null;
		if (entry == null) {
			if (form.version() != null) {
				throw new ConcurrentEditException("feedback " + articleId);
			}
			entry = new FeedbackEntry(reviewId, party, articleId);
		}
		else {
			if (form.version() == null || form.version() != entry.getVersion()) {
				throw new ConcurrentEditException("feedback " + entry.getId());
			}
			before = entry.snapshot();
		}
		entry.draft(text.goodPractices(), text.challenges(), text.questions(), viewer, Instant.now(this.clock));
		try {
			entry = this.entries.saveAndFlush(entry);
		}
		catch (DataIntegrityViolationException ex) {
			// Another expert of the State drafted the same article's first words at the
			// same moment: theirs is kept, this one is told.
			throw new ConcurrentEditException("feedback " + articleId);
		}
		this.audit.record("feedback.draft", "FeedbackEntry", String.valueOf(entry.getId()), before, entry.snapshot());
		return entry;
	}

	/**
	 * The focal point clears and sends every draft of their State; the State under
	 * review's people are told.
	 */
	@Transactional
	public int send(long reviewId, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		String party = partyFor(viewer, ReviewAction.CLEAR_FEEDBACK, review);
		List<FeedbackEntry> drafts = this.entries.findByReviewIdAndPartyCodeAndStatus(reviewId, party,
				FeedbackStatus.DRAFT);
		if (drafts.isEmpty()) {
			throw new DeskReviewRefusedException("feedback.error.nothingToSend");
		}
		Instant now = Instant.now(this.clock);
		for (FeedbackEntry entry : drafts) {
			entry.send(viewer, now);
			this.audit.record("feedback.send", "FeedbackEntry", String.valueOf(entry.getId()), null, entry.snapshot());
		}
		this.entries.flush();
		Set<Long> recipients = this.people.people(reviewId)
			.stream()
			.filter((p) -> p.member().isActive() && p.member().getPartyCode().equals(review.getStateUnderReview()))
			.map((p) -> p.member().getAccountId())
			.collect(Collectors.toSet());
		if (!recipients.isEmpty()) {
			this.events.publishEvent(new NotificationRequested(recipients, NotificationKind.FEEDBACK_RECEIVED,
					"feedback.notify.received", List.of("state:" + party, "state:" + review.getStateUnderReview()),
					"/reviews/" + reviewId + "/feedback"));
		}
		return drafts.size();
	}

	private void require(String viewer, ReviewAction action, long reviewId) {
		if (!this.policy.may(viewer, action, reviewId)) {
			throw new AccessDeniedException("review " + reviewId);
		}
	}

	/** The reviewing State for which the person may take the action. */
	private String partyFor(String viewer, ReviewAction action, CountryReview review) {
		return review.getReviewingStates()
			.stream()
			.filter((party) -> this.policy.mayFor(viewer, action, review.getId(), party))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("review " + review.getId()));
	}

	/** What the feedback page shows. */
	public record FeedbackView(CountryReview review, List<StateFeedback> states) {
	}

	/**
	 * One reviewing State's feedback as the reader may see it: {@code own} when the
	 * reader acts for that State (drafts shown).
	 */
	public record StateFeedback(String party, boolean own, boolean mayDraft, boolean maySend,
			List<ArticleFeedback> articles, long drafts) {
	}

	/** One article and the entry on it (null: nothing drafted yet). */
	public record ArticleFeedback(Instrument instrument, Article article, FeedbackEntry entry) {
	}

}
