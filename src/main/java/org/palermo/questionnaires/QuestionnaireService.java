package org.palermo.questionnaires;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.audit.AuditService;
import org.palermo.civilsociety.Organisation;
import org.palermo.civilsociety.OrganisationService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.QuestionnaireReopened;
import org.palermo.cycle.QuestionnaireSubmitted;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.cycle.ReviewRole;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;
import org.palermo.parties.PartyService;
import org.palermo.parties.StateParty;
import org.palermo.system.NotFoundException;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.UserInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaires' front door: the questionnaire of a country review, its answers
 * (every save a version, a stale save refused), assignments, comments, submission and
 * reopening. Every action asks the review policy first.
 */
@Service
public class QuestionnaireService {

	/** The longest answer kept, in characters. */
	public static final int MAX_ANSWER = 20_000;

	private final CycleService cycle;

	private final ReviewPolicy policy;

	private final ReviewPeopleService people;

	private final PartyService parties;

	private final TemplateService templates;

	private final QuestionnaireRepository questionnaires;

	private final AnswerRepository answers;

	private final AnswerRevisionRepository revisions;

	private final AssignmentRepository assignments;

	private final CommentRepository comments;

	private final ConsultationRepository consultations;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final QuestionnaireSearch search;

	QuestionnaireService(CycleService cycle, ReviewPolicy policy, ReviewPeopleService people, PartyService parties,
			TemplateService templates, QuestionnaireRepository questionnaires, AnswerRepository answers,
			AnswerRevisionRepository revisions, AssignmentRepository assignments, CommentRepository comments,
			ConsultationRepository consultations, OrganisationService organisations, AccountService accounts,
			AuditService audit, ApplicationEventPublisher events, Clock clock, QuestionnaireSearch search) {
		this.search = search;
		this.consultations = consultations;
		this.organisations = organisations;
		this.accounts = accounts;
		this.cycle = cycle;
		this.policy = policy;
		this.people = people;
		this.parties = parties;
		this.templates = templates;
		this.questionnaires = questionnaires;
		this.answers = answers;
		this.revisions = revisions;
		this.assignments = assignments;
		this.comments = comments;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The questionnaire as the reader sees it: the review's people and the secretariat
	 * see the questions, and the answers where the policy lets them read them.
	 */
	@Transactional
	public QuestionnaireView view(long reviewId, String username) {
		boolean readsAnswers = this.policy.may(username, ReviewAction.READ_ANSWERS, reviewId);
		if (!readsAnswers && !this.policy.may(username, ReviewAction.VIEW_PEOPLE, reviewId)) {
			throw new AccessDeniedException("questionnaire of review " + reviewId);
		}
		CountryReview review = this.cycle.review(reviewId);
		Questionnaire questionnaire = questionnaireOf(review);
		QuestionnaireTemplate template = this.templates.template(questionnaire.getTemplateId());
		List<TemplateQuestion> covered = covered(review, template);
		Map<String, Answer> current = readsAnswers ? this.answers.findByQuestionnaireId(questionnaire.getId())
			.stream()
			.collect(Collectors.toMap(Answer::getQuestionKey, Function.identity())) : Map.of();
		return new QuestionnaireView(review, questionnaire, template.getTemplateVersion(),
				QuestionnaireView.sectionsOf(covered), current, readsAnswers, LocalDate.now(this.clock));
	}

	/** The questionnaire of a review, if it was opened; nobody's answers. */
	@Transactional(readOnly = true)
	public java.util.Optional<Questionnaire> find(long reviewId) {
		return this.questionnaires.findByReviewId(reviewId);
	}

	/**
	 * Saves a new version of one answer. {@code seenVersion} is the version the writer
	 * read (null or 0 for a first answer); when someone saved since, nothing is saved and
	 * the conflict carries both versions.
	 */
	@Transactional
	public Answer save(long reviewId, String questionKey, String value, Long seenVersion, String username) {
		return save(reviewId, questionKey, value, seenVersion, username, null);
	}

	Answer save(long reviewId, String questionKey, String value, Long seenVersion, String username, String origin) {
		require(username, ReviewAction.ANSWER_QUESTIONNAIRE, reviewId);
		CountryReview review = this.cycle.review(reviewId);
		Questionnaire questionnaire = questionnaireOf(review);
		questionnaire.requireDraft();
		QuestionnaireTemplate template = this.templates.template(questionnaire.getTemplateId());
		TemplateQuestion question = question(review, template, questionKey);
		String clean = clean(question, value);
		Answer answer = this.answers.lockByQuestionnaireIdAndQuestionKey(questionnaire.getId(), questionKey)
			.orElse(null);
		long seen = (seenVersion != null) ? seenVersion : 0;
		if (answer == null) {
			if (seen != 0) {
				throw new UserInputException("questionnaire.error.unknownVersion");
			}
			answer = new Answer(questionnaire.getId(), questionKey, template.getTemplateVersion());
		}
		else if (seen != answer.getVersion()) {
			throw new AnswerConflictException(questionKey, clean, answer);
		}
		else if (clean.equals(answer.getValue()) && origin == null) {
			return answer;
		}
		Instant now = Instant.now(this.clock);
		long before = answer.getVersion();
		answer.revise(clean, before, username, now, origin);
		try {
			answer = this.answers.saveAndFlush(answer);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// Two first answers to one question at the same moment: the other was kept;
			// reading it again shows it.
			throw new ConcurrentEditException("answer " + questionKey);
		}
		this.revisions.save(new AnswerRevision(answer.getId(), answer.getVersion(), clean, username, now));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("question", questionKey);
		after.put("version", answer.getVersion());
		after.put("length", clean.length());
		if (origin != null) {
			after.put("origin", origin);
		}
		this.audit.record("questionnaire.answer-saved", "questionnaire", String.valueOf(questionnaire.getId()),
				Map.of("question", questionKey, "version", before), after);
		return answer;
	}

	/**
	 * Copies the answer a State gave in another of its reviews into this one, its origin
	 * shown.
	 */
	@Transactional
	public Answer reuse(long reviewId, String questionKey, Long fromReviewId, Long seenVersion, String username) {
		require(username, ReviewAction.ANSWER_QUESTIONNAIRE, reviewId);
		if (fromReviewId == null) {
			throw new UserInputException("questionnaire.error.reuse");
		}
		CountryReview review = this.cycle.review(reviewId);
		CountryReview from = this.cycle.review(fromReviewId);
		if (fromReviewId == reviewId || !from.getStateUnderReview().equals(review.getStateUnderReview())
				|| !this.policy.may(username, ReviewAction.READ_ANSWERS, fromReviewId)) {
			throw new AccessDeniedException("review " + fromReviewId);
		}
		Questionnaire source = this.questionnaires.findByReviewId(fromReviewId)
			.orElseThrow(() -> new NotFoundException("answer"));
		Answer original = this.answers.findByQuestionnaireIdAndQuestionKey(source.getId(), questionKey)
			.orElseThrow(() -> new NotFoundException("answer"));
		String origin = "review " + fromReviewId + ", cluster " + from.getCluster().name() + ", version "
				+ original.getVersion();
		return save(reviewId, questionKey, original.getValue(), seenVersion, username, origin);
	}

	/**
	 * Other reviews of the same State whose answer to the question the reader may reuse.
	 */
	@Transactional(readOnly = true)
	public List<CountryReview> reusableFrom(long reviewId, String questionKey, String username) {
		CountryReview review = this.cycle.review(reviewId);
		return this.cycle.reviewsOf(review.getStateUnderReview())
			.stream()
			.filter((r) -> !r.getId().equals(review.getId()))
			.filter((r) -> this.questionnaires.findByReviewId(r.getId())
				.flatMap((q) -> this.answers.findByQuestionnaireIdAndQuestionKey(q.getId(), questionKey))
				.isPresent())
			.filter((r) -> this.policy.may(username, ReviewAction.READ_ANSWERS, r.getId()))
			.toList();
	}

	/** Every saved version of one answer, newest first. */
	@Transactional(readOnly = true)
	public List<AnswerRevision> history(long reviewId, String questionKey, String username) {
		require(username, ReviewAction.READ_ANSWERS, reviewId);
		return this.questionnaires.findByReviewId(reviewId)
			.flatMap((q) -> this.answers.findByQuestionnaireIdAndQuestionKey(q.getId(), questionKey))
			.map((a) -> this.revisions.findByAnswerIdOrderByVersionDesc(a.getId()))
			.orElse(List.of());
	}

	/** The comments on one question, oldest first; for the State under review's team. */
	@Transactional(readOnly = true)
	public List<Comment> comments(long reviewId, String questionKey, String username) {
		require(username, ReviewAction.READ_COMMENTS, reviewId);
		return this.questionnaires.findByReviewId(reviewId)
			.map((q) -> this.comments.findByQuestionnaireIdAndQuestionKeyOrderByIdAsc(q.getId(), questionKey))
			.orElse(List.of());
	}

	/** Open comments per question, for the questionnaire page. */
	@Transactional(readOnly = true)
	public Map<String, Long> openComments(long reviewId, String username) {
		if (!this.policy.may(username, ReviewAction.READ_COMMENTS, reviewId)) {
			return Map.of();
		}
		return this.questionnaires.findByReviewId(reviewId)
			.map((q) -> this.comments.findByQuestionnaireIdAndResolvedAtIsNull(q.getId())
				.stream()
				.collect(Collectors.groupingBy(Comment::getQuestionKey, Collectors.counting())))
			.orElse(Map.of());
	}

	@Transactional
	public Comment comment(long reviewId, String questionKey, Long parentId, String body, String username) {
		require(username, ReviewAction.COMMENT_ANSWERS, reviewId);
		CountryReview review = this.cycle.review(reviewId);
		Questionnaire questionnaire = questionnaireOf(review);
		question(review, this.templates.template(questionnaire.getTemplateId()), questionKey);
		if (body == null || body.isBlank()) {
			throw new UserInputException("questionnaire.error.commentRequired");
		}
		if (body.length() > 4000) {
			throw new UserInputException("questionnaire.error.commentLength");
		}
		if (parentId != null) {
			Comment parent = this.comments.findById(parentId).orElseThrow(() -> new NotFoundException("comment"));
			if (!parent.getQuestionnaireId().equals(questionnaire.getId())
					|| !parent.getQuestionKey().equals(questionKey)) {
				throw new NotFoundException("comment");
			}
		}
		Comment comment = this.comments.save(new Comment(questionnaire.getId(), questionKey, parentId, username,
				stripControls(body.strip()), Instant.now(this.clock)));
		this.audit.record("questionnaire.commented", "questionnaire", String.valueOf(questionnaire.getId()), null,
				Map.of("question", questionKey, "comment", comment.getId()));
		notifyComment(review, questionKey, comment);
		return comment;
	}

	/**
	 * Tells the others of the thread (its earlier writers) and the people mentioned as
	 * {@code @username} who may read the comments; the notification names the State,
	 * cluster and question, never the comment's text.
	 */
	private void notifyComment(CountryReview review, String questionKey, Comment comment) {
		Set<String> usernames = new java.util.LinkedHashSet<>();
		Long root = (comment.getParentId() != null) ? comment.getParentId() : comment.getId();
		for (Comment earlier : this.comments
			.findByQuestionnaireIdAndQuestionKeyOrderByIdAsc(comment.getQuestionnaireId(), questionKey)) {
			if (earlier.getId().equals(root) || root.equals(earlier.getParentId())) {
				usernames.add(earlier.getAuthor());
			}
		}
		java.util.regex.Matcher mention = java.util.regex.Pattern.compile("@([A-Za-z0-9._-]{1,64})")
			.matcher(comment.getBody());
		while (mention.find()) {
			usernames.add(mention.group(1));
		}
		usernames.remove(comment.getAuthor());
		Set<Long> recipients = new java.util.HashSet<>();
		for (String name : usernames) {
			if (this.policy.may(name, ReviewAction.READ_COMMENTS, review.getId())) {
				this.accounts.find(name).ifPresent((account) -> recipients.add(account.getId()));
			}
		}
		if (!recipients.isEmpty()) {
			this.events.publishEvent(new NotificationRequested(recipients, NotificationKind.COMMENT,
					"questionnaire.notify.comment", List.of("state:" + review.getStateUnderReview(),
							"key:" + review.getCluster().nameKey(), questionKey),
					"/reviews/" + review.getId() + "/questionnaire/questions/" + questionKey));
		}
	}

	@Transactional
	public Comment resolve(long reviewId, long commentId, String username) {
		require(username, ReviewAction.COMMENT_ANSWERS, reviewId);
		Questionnaire questionnaire = this.questionnaires.findByReviewId(reviewId)
			.orElseThrow(() -> new NotFoundException("comment"));
		Comment comment = this.comments.findById(commentId)
			.filter((c) -> c.getQuestionnaireId().equals(questionnaire.getId()))
			.orElseThrow(() -> new NotFoundException("comment"));
		comment.resolve(username, Instant.now(this.clock));
		this.audit.record("questionnaire.comment-resolved", "questionnaire", String.valueOf(questionnaire.getId()),
				null, Map.of("question", comment.getQuestionKey(), "comment", commentId));
		return comment;
	}

	/** The sections given to experts so far, with the expert's name. */
	@Transactional(readOnly = true)
	public List<AssignmentRow> assignments(long reviewId, String username) {
		if (!this.policy.may(username, ReviewAction.READ_COMMENTS, reviewId)) {
			return List.of();
		}
		Map<Long, String> names = this.people.people(reviewId)
			.stream()
			.collect(Collectors.toMap((p) -> p.member().getAccountId(), ReviewPeopleService.Person::name, (a, b) -> a));
		return this.questionnaires.findByReviewId(reviewId)
			.map((q) -> this.assignments.findByQuestionnaireIdOrderByIdAsc(q.getId())
				.stream()
				.map((a) -> new AssignmentRow(a.getSectionKey(), a.getAccountId(),
						names.getOrDefault(a.getAccountId(), "")))
				.toList())
			.orElse(List.of());
	}

	/** A section given to an expert. */
	public record AssignmentRow(String sectionKey, long accountId, String name) {
	}

	/** The State under review's people who may be given a section: its experts. */
	@Transactional(readOnly = true)
	public List<ReviewPeopleService.Person> assignable(long reviewId) {
		CountryReview review = this.cycle.review(reviewId);
		return this.people.people(reviewId)
			.stream()
			.filter((p) -> p.member().isActive() && p.member().getRole() != ReviewRole.OBSERVER
					&& p.member().getPartyCode().equals(review.getStateUnderReview()))
			.toList();
	}

	/** The focal point gives a section to one of the State's experts, who is told. */
	@Transactional
	public void assign(long reviewId, String sectionKey, Long accountId, String username) {
		require(username, ReviewAction.ASSIGN_SECTIONS, reviewId);
		if (sectionKey == null || accountId == null) {
			throw new UserInputException("questionnaire.error.assignee");
		}
		CountryReview review = this.cycle.review(reviewId);
		Questionnaire questionnaire = questionnaireOf(review);
		questionnaire.requireDraft();
		QuestionnaireTemplate template = this.templates.template(questionnaire.getTemplateId());
		if (covered(review, template).stream().noneMatch((q) -> q.getSectionKey().equals(sectionKey))) {
			throw new UserInputException("questionnaire.error.section");
		}
		if (assignable(reviewId).stream().noneMatch((p) -> p.member().getAccountId().equals(accountId))) {
			throw new UserInputException("questionnaire.error.assignee");
		}
		if (this.assignments.existsByQuestionnaireIdAndSectionKeyAndAccountId(questionnaire.getId(), sectionKey,
				accountId)) {
			return;
		}
		this.assignments
			.save(new Assignment(questionnaire.getId(), sectionKey, accountId, username, Instant.now(this.clock)));
		this.audit.record("questionnaire.section-assigned", "questionnaire", String.valueOf(questionnaire.getId()),
				null, Map.of("section", sectionKey, "account", accountId));
		this.events.publishEvent(new NotificationRequested(Set.of(accountId), NotificationKind.ASSIGNED,
				"questionnaire.notify.assigned",
				List.of("state:" + review.getStateUnderReview(), "key:" + review.getCluster().nameKey(), sectionKey),
				link(reviewId)));
	}

	/**
	 * The focal point clears the answers and submits them: frozen and stamped, the
	 * reviewing States' people told and, once the cycle records it, able to read them.
	 */
	@Transactional
	public Questionnaire submit(long reviewId, String username) {
		require(username, ReviewAction.CLEAR_QUESTIONNAIRE, reviewId);
		CountryReview review = this.cycle.review(reviewId);
		Questionnaire questionnaire = questionnaireOf(review);
		Instant now = Instant.now(this.clock);
		questionnaire.submit(username, now);
		this.questionnaires.saveAndFlush(questionnaire);
		this.audit.record("questionnaire.submitted", "questionnaire", String.valueOf(questionnaire.getId()),
				Map.of("status", QuestionnaireStatus.DRAFT.name()),
				Map.of("status", QuestionnaireStatus.SUBMITTED.name(), "review", reviewId));
		this.events.publishEvent(new QuestionnaireSubmitted(reviewId, now));
		this.search.submitted(questionnaire);
		Set<Long> reviewers = this.people.activePeople(List.of(reviewId))
			.getOrDefault(reviewId, List.of())
			.stream()
			.filter((p) -> !p.member().getPartyCode().equals(review.getStateUnderReview()))
			.map((p) -> p.member().getAccountId())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (!reviewers.isEmpty()) {
			this.events.publishEvent(
					new NotificationRequested(reviewers, NotificationKind.SUBMITTED, "questionnaire.notify.submitted",
							List.of("state:" + review.getStateUnderReview(), "key:" + review.getCluster().nameKey()),
							link(reviewId)));
		}
		return questionnaire;
	}

	/** The secretariat reopens submitted answers, for a reason, audited. */
	@Transactional
	public Questionnaire reopen(long reviewId, String reason, String username) {
		require(username, ReviewAction.REOPEN_QUESTIONNAIRE, reviewId);
		Questionnaire questionnaire = this.questionnaires.findByReviewId(reviewId)
			.orElseThrow(() -> new NotFoundException("questionnaire"));
		questionnaire.reopen(username, Instant.now(this.clock), reason);
		this.questionnaires.saveAndFlush(questionnaire);
		this.audit.record("questionnaire.reopened", "questionnaire", String.valueOf(questionnaire.getId()),
				Map.of("status", QuestionnaireStatus.SUBMITTED.name()),
				Map.of("status", QuestionnaireStatus.DRAFT.name(), "reason", questionnaire.getReopenReason()));
		this.events.publishEvent(new QuestionnaireReopened(reviewId));
		this.search.reopened(questionnaire);
		return questionnaire;
	}

	/**
	 * The focal point opens one question to one civil society organisation for comment;
	 * the organisation's members are told.
	 */
	@Transactional
	public void consult(long reviewId, String questionKey, Long organisationId, String username) {
		require(username, ReviewAction.CONSULT_CIVIL_SOCIETY, reviewId);
		Organisation organisation = (organisationId != null)
				? this.organisations.find(organisationId).filter(Organisation::isVerified).orElse(null) : null;
		if (organisation == null) {
			throw new UserInputException("questionnaire.error.organisation");
		}
		CountryReview review = this.cycle.review(reviewId);
		Questionnaire questionnaire = questionnaireOf(review);
		questionnaire.requireDraft();
		question(review, this.templates.template(questionnaire.getTemplateId()), questionKey);
		if (this.consultations.existsByQuestionnaireIdAndQuestionKeyAndOrganisationId(questionnaire.getId(),
				questionKey, organisationId)) {
			return;
		}
		this.consultations.save(new Consultation(questionnaire.getId(), questionKey, organisationId, username,
				Instant.now(this.clock)));
		this.audit.record("questionnaire.consulted", "questionnaire", String.valueOf(questionnaire.getId()), null,
				Map.of("question", questionKey, "organisation", organisationId));
		Set<Long> members = this.accounts.all()
			.stream()
			.filter((a) -> a.isEnabled() && organisationId.equals(a.getOrganisationId()))
			.map(Account::getId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (!members.isEmpty()) {
			this.events.publishEvent(
					new NotificationRequested(members, NotificationKind.INVITED, "questionnaire.notify.consulted",
							List.of("state:" + review.getStateUnderReview(), "key:" + review.getCluster().nameKey()),
							consultationLink(reviewId)));
		}
	}

	/** The questions opened to civil society, with the organisation's name. */
	@Transactional(readOnly = true)
	public List<ConsultationRow> consultations(long reviewId, String username) {
		if (!this.policy.may(username, ReviewAction.READ_COMMENTS, reviewId)) {
			return List.of();
		}
		Map<Long, String> names = organisationNames();
		return this.questionnaires.findByReviewId(reviewId)
			.map((q) -> this.consultations.findByQuestionnaireIdOrderByIdAsc(q.getId())
				.stream()
				.map((c) -> new ConsultationRow(c.getQuestionKey(), c.getOrganisationId(),
						names.getOrDefault(c.getOrganisationId(), "")))
				.toList())
			.orElse(List.of());
	}

	/** A question opened to an organisation. */
	public record ConsultationRow(String questionKey, long organisationId, String organisation) {
	}

	/** Every organisation's name, by id. */
	@Transactional(readOnly = true)
	public Map<Long, String> organisationNames() {
		return this.organisations.all()
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a));
	}

	@Transactional(readOnly = true)
	public List<Organisation> organisations() {
		// Only verified organisations may be consulted: pending or rejected registrations
		// are never offered (nor named) to a State.
		return this.organisations.all().stream().filter(Organisation::isVerified).toList();
	}

	/**
	 * What a member of a civil society organisation sees: the questions opened to their
	 * organisation (never the answers) and their organisation's own input.
	 */
	@Transactional(readOnly = true)
	public ConsultationView consultationFor(long reviewId, String username) {
		require(username, ReviewAction.GIVE_CIVIL_SOCIETY_INPUT, reviewId);
		CountryReview review = this.cycle.review(reviewId);
		long organisation = organisationOf(username);
		Questionnaire questionnaire = this.questionnaires.findByReviewId(reviewId).orElse(null);
		if (questionnaire == null) {
			return new ConsultationView(review, List.of(), Map.of());
		}
		Set<String> opened = this.consultations
			.findByQuestionnaireIdAndOrganisationIdOrderByIdAsc(questionnaire.getId(), organisation)
			.stream()
			.map(Consultation::getQuestionKey)
			.collect(Collectors.toSet());
		List<TemplateQuestion> questions = covered(review, this.templates.template(questionnaire.getTemplateId()))
			.stream()
			.filter((q) -> opened.contains(q.getQuestionKey()))
			.toList();
		Map<String, List<Comment>> input = new LinkedHashMap<>();
		for (TemplateQuestion question : questions) {
			input.put(question.getQuestionKey(), this.comments
				.findByQuestionnaireIdAndQuestionKeyOrderByIdAsc(questionnaire.getId(), question.getQuestionKey())
				.stream()
				.filter((c) -> Long.valueOf(organisation).equals(c.getOrganisationId()))
				.toList());
		}
		return new ConsultationView(review, questions, input);
	}

	/** The questions opened to one organisation and the input it gave. */
	public record ConsultationView(CountryReview review, List<TemplateQuestion> questions,
			Map<String, List<Comment>> input) {
	}

	/** Whether the person's organisation was asked about any question of the review. */
	@Transactional(readOnly = true)
	public boolean isConsulted(long reviewId, String username) {
		if (!this.policy.may(username, ReviewAction.GIVE_CIVIL_SOCIETY_INPUT, reviewId)) {
			return false;
		}
		long organisation = organisationOf(username);
		return this.questionnaires.findByReviewId(reviewId)
			.map((q) -> !this.consultations.findByQuestionnaireIdAndOrganisationIdOrderByIdAsc(q.getId(), organisation)
				.isEmpty())
			.orElse(false);
	}

	/** Civil society input on a question opened to the person's organisation. */
	@Transactional
	public Comment giveInput(long reviewId, String questionKey, String body, String username) {
		require(username, ReviewAction.GIVE_CIVIL_SOCIETY_INPUT, reviewId);
		long organisation = organisationOf(username);
		Questionnaire questionnaire = this.questionnaires.findByReviewId(reviewId)
			.orElseThrow(() -> new AccessDeniedException("not consulted"));
		questionnaire.requireDraft();
		if (!this.consultations.existsByQuestionnaireIdAndQuestionKeyAndOrganisationId(questionnaire.getId(),
				questionKey, organisation)) {
			throw new AccessDeniedException("not consulted on " + questionKey);
		}
		if (body == null || body.isBlank()) {
			throw new UserInputException("questionnaire.error.commentRequired");
		}
		if (body.length() > 4000) {
			throw new UserInputException("questionnaire.error.commentLength");
		}
		Comment comment = this.comments.save(new Comment(questionnaire.getId(), questionKey, null, username,
				stripControls(body.strip()), Instant.now(this.clock))
			.fromOrganisation(organisation));
		this.audit.record("questionnaire.civil-society-input", "questionnaire", String.valueOf(questionnaire.getId()),
				null, Map.of("question", questionKey, "organisation", organisation, "comment", comment.getId()));
		return comment;
	}

	private long organisationOf(String username) {
		return this.accounts.find(username)
			.map(Account::getOrganisationId)
			.orElseThrow(() -> new AccessDeniedException("no organisation"));
	}

	static String consultationLink(long reviewId) {
		return "/reviews/" + reviewId + "/questionnaire/consultation";
	}

	/**
	 * One question of a review's questionnaire (the review's template, its instruments).
	 */
	@Transactional(readOnly = true)
	public TemplateQuestion question(long reviewId, String questionKey) {
		CountryReview review = this.cycle.review(reviewId);
		Questionnaire questionnaire = this.questionnaires.findByReviewId(reviewId)
			.orElseThrow(() -> new NotFoundException("question"));
		return question(review, this.templates.template(questionnaire.getTemplateId()), questionKey);
	}

	/** Whether the person may answer now (for the checks made before reading a file). */
	public boolean mayAnswer(long reviewId, String username) {
		return this.policy.may(username, ReviewAction.ANSWER_QUESTIONNAIRE, reviewId);
	}

	static String link(long reviewId) {
		return "/reviews/" + reviewId + "/questionnaire";
	}

	private void require(String username, ReviewAction action, long reviewId) {
		if (!this.policy.may(username, action, reviewId)) {
			throw new AccessDeniedException(action + " on review " + reviewId);
		}
	}

	/**
	 * The review's questionnaire, opened on the cluster's published template at first
	 * use.
	 */
	private Questionnaire questionnaireOf(CountryReview review) {
		return this.questionnaires.findByReviewId(review.getId()).orElseGet(() -> {
			try {
				return this.questionnaires.saveAndFlush(
						new Questionnaire(review.getId(), this.templates.published(review.getCluster()).getId()));
			}
			catch (org.springframework.dao.DataIntegrityViolationException ex) {
				// Two first readers at once: the other opened it; reading again shows it.
				throw new ConcurrentEditException("review " + review.getId());
			}
		});
	}

	/** The questions of the instruments the State under review is party to. */
	List<TemplateQuestion> covered(CountryReview review, QuestionnaireTemplate template) {
		StateParty party = this.parties.findParty(review.getStateUnderReview()).orElse(null);
		return template.getQuestions()
			.stream()
			.filter((q) -> party != null && party.isPartyTo(q.getInstrument()))
			.toList();
	}

	private TemplateQuestion question(CountryReview review, QuestionnaireTemplate template, String questionKey) {
		return covered(review, template).stream()
			.filter((q) -> q.getQuestionKey().equals(questionKey))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("question"));
	}

	/**
	 * The value as kept: checked against the question's kind, control characters removed.
	 */
	static String clean(TemplateQuestion question, String value) {
		String text = (value != null) ? stripControls(value).strip() : "";
		switch (question.getKind()) {
			case STATUS -> {
				if (!text.isEmpty() && !QuestionKind.STATUSES.contains(text)) {
					throw new UserInputException("questionnaire.error.status");
				}
			}
			case NEEDS_TYPES -> {
				List<String> types = Arrays.stream(text.split(","))
					.map(String::strip)
					.filter((t) -> !t.isEmpty())
					.distinct()
					.toList();
				if (!QuestionKind.NEED_TYPES.containsAll(types)) {
					throw new UserInputException("questionnaire.error.needType");
				}
				text = QuestionKind.NEED_TYPES.stream().filter(types::contains).collect(Collectors.joining(","));
			}
			default -> {
				if (text.length() > MAX_ANSWER) {
					throw new UserInputException("questionnaire.error.tooLong");
				}
			}
		}
		return text;
	}

	/** Removes control characters but line breaks and tabs; line breaks become \n. */
	static String stripControls(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder kept = new StringBuilder(unified.length());
		unified.codePoints()
			.filter((c) -> c == '\n' || c == '\t' || !Character.isISOControl(c))
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** The display name of people by user name, for history and comments. */
	@Transactional(readOnly = true)
	public Map<String, String> namesIn(long reviewId) {
		return this.people.people(reviewId)
			.stream()
			.filter((p) -> p.account() != null)
			.collect(Collectors.toMap((p) -> p.account().getUsername(), ReviewPeopleService.Person::name, (a, b) -> a));
	}

}
