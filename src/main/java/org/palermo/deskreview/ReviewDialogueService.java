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
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;
import org.palermo.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue's front door: threads per article between the State under review and its
 * reviewers, the secretariat joining; each message tells the other side.
 */
@Service
public class ReviewDialogueService {

	private final DialogueMessageRepository messages;

	private final CycleService cycle;

	private final ReviewPolicy policy;

	private final ReviewPeopleService people;

	private final ReviewArticles articles;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewDialogueService(DialogueMessageRepository messages, CycleService cycle, ReviewPolicy policy,
			ReviewPeopleService people, ReviewArticles articles, AuditService audit, ApplicationEventPublisher events,
			Clock clock) {
		this.messages = messages;
		this.cycle = cycle;
		this.policy = policy;
		this.people = people;
		this.articles = articles;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The threads of the review, by article, for its people and the secretariat. */
	@Transactional(readOnly = true)
	public DialogueView view(long reviewId, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		if (!this.policy.may(viewer, ReviewAction.READ_FEEDBACK, reviewId)) {
			throw new AccessDeniedException("review " + reviewId);
		}
		List<DialogueMessage> all = this.messages.findByReviewIdOrderById(reviewId);
		Map<Long, List<DialogueMessage>> replies = all.stream()
			.filter((m) -> m.getThreadId() != null)
			.collect(Collectors.groupingBy(DialogueMessage::getThreadId));
		List<ArticleThreads> byArticle = new ArrayList<>();
		Map<Instrument, List<Article>> covered = this.articles.all(review);
		covered.forEach((instrument, list) -> {
			for (Article article : list) {
				List<Thread> threads = all.stream()
					.filter((m) -> m.getThreadId() == null && m.getArticleId().equals(article.getId()))
					.map((m) -> new Thread(m, replies.getOrDefault(m.getId(), List.of())))
					.toList();
				if (!threads.isEmpty()) {
					byArticle.add(new ArticleThreads(instrument, article, threads));
				}
			}
		});
		return new DialogueView(review, byArticle, covered, this.policy.may(viewer, ReviewAction.DIALOGUE, reviewId));
	}

	/**
	 * A message, opening a thread on an article or replying to one ({@code threadId});
	 * the other side is told, without the text.
	 */
	@Transactional
	public DialogueMessage write(long reviewId, Long articleId, Long threadId, String body, String viewer) {
		CountryReview review = this.cycle.review(reviewId);
		if (!this.policy.may(viewer, ReviewAction.DIALOGUE, reviewId)) {
			throw new AccessDeniedException("review " + reviewId);
		}
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty() || text.length() > 8000) {
			throw new DeskReviewRefusedException("dialogue.error.body");
		}
		long article;
		if (threadId != null) {
			DialogueMessage opening = this.messages.findById(threadId)
				.filter((m) -> m.getReviewId() == reviewId && m.getThreadId() == null)
				.orElseThrow(() -> new NotFoundException("dialogue"));
			article = opening.getArticleId();
		}
		else {
			if (articleId == null) {
				throw new DeskReviewRefusedException("observations.error.articleRequired");
			}
			article = ReviewArticles.find(this.articles.all(review), articleId).getId();
		}
		Set<String> states = this.policy.statesActedFor(viewer, reviewId);
		DialogueMessage.Side side;
		String party = states.stream().findFirst().orElse(null);
		if (party == null) {
			side = DialogueMessage.Side.SECRETARIAT;
		}
		else if (party.equals(review.getStateUnderReview())) {
			side = DialogueMessage.Side.STATE_UNDER_REVIEW;
		}
		else {
			side = DialogueMessage.Side.REVIEWERS;
		}
		DialogueMessage message = this.messages
			.save(new DialogueMessage(reviewId, article, threadId, side, party, text, viewer, Instant.now(this.clock)));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("articleId", article);
		after.put("threadId", threadId);
		after.put("side", side.name());
		after.put("body", text);
		this.audit.record("dialogue.message", "DialogueMessage", String.valueOf(message.getId()), null, after);
		tellOtherSide(review, side, viewer);
		return message;
	}

	private void tellOtherSide(CountryReview review, DialogueMessage.Side side, String viewer) {
		String sur = review.getStateUnderReview();
		Set<Long> recipients = this.people.people(review.getId())
			.stream()
			.filter((p) -> p.member().isActive())
			.filter((p) -> switch (side) {
				case STATE_UNDER_REVIEW -> !p.member().getPartyCode().equals(sur);
				case REVIEWERS -> p.member().getPartyCode().equals(sur);
				case SECRETARIAT -> true;
			})
			.filter((p) -> p.account() != null && !p.account().getUsername().equals(viewer))
			.map((p) -> p.member().getAccountId())
			.collect(Collectors.toSet());
		if (!recipients.isEmpty()) {
			this.events.publishEvent(new NotificationRequested(recipients, NotificationKind.DIALOGUE_MESSAGE,
					"dialogue.notify.message", List.of("state:" + sur), "/reviews/" + review.getId() + "/dialogue"));
		}
	}

	/** What the dialogue page shows. */
	public record DialogueView(CountryReview review, List<ArticleThreads> articles,
			Map<Instrument, List<Article>> covered, boolean mayWrite) {
	}

	/** The threads on one article. */
	public record ArticleThreads(Instrument instrument, Article article, List<Thread> threads) {
	}

	/** An opening message and its replies, in order. */
	public record Thread(DialogueMessage opening, List<DialogueMessage> replies) {
	}

}
