package org.palermo.civilsociety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Constructive dialogues: the secretariat schedules them, organisations apply, the
 * Extended Bureau may object within the objection period, after which the application is
 * decided by the clock; speakers, written statements and the published summary.
 */
@Service
public class DialogueService {

	private final ConstructiveDialogueRepository dialogues;

	private final DialogueApplicationRepository applications;

	private final DialogueObjectionRepository objections;

	private final DialogueSpeakerRepository speakers;

	private final DialogueStatementRepository statements;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final CivilSocietyPolicy policy;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final CivilSocietySettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DialogueService(ConstructiveDialogueRepository dialogues, DialogueApplicationRepository applications,
			DialogueObjectionRepository objections, DialogueSpeakerRepository speakers,
			DialogueStatementRepository statements, OrganisationService organisations, AccountService accounts,
			AuditService audit, ApplicationEventPublisher events, CivilSocietySettings settings, Clock clock,
			PlatformTransactionManager transactionManager, CivilSocietyPolicy policy) {
		this.policy = policy;
		this.dialogues = dialogues;
		this.applications = applications;
		this.objections = objections;
		this.speakers = speakers;
		this.statements = statements;
		this.organisations = organisations;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public CivilSocietySettings settings() {
		return this.settings;
	}

	public Instant now() {
		return Instant.now(this.clock);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional(readOnly = true)
	public List<ConstructiveDialogue> all() {
		return this.dialogues.findAllByOrderByStartsOnAscIdAsc();
	}

	@Transactional(readOnly = true)
	public ConstructiveDialogue dialogue(long id) {
		return this.dialogues.findById(id).orElseThrow(() -> new NotFoundException("dialogue"));
	}

	@Transactional
	public ConstructiveDialogue schedule(DialogueForm form) {
		ConstructiveDialogue dialogue = this.dialogues.save(new ConstructiveDialogue(form, now()));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", dialogue.getTitle());
		after.put("theme", dialogue.getTheme().name());
		after.put("startsOn", dialogue.getStartsOn().toString());
		after.put("applicationDeadline", dialogue.getApplicationDeadline().toString());
		this.audit.record("dialogue.scheduled", "dialogue", String.valueOf(dialogue.getId()), null, after);
		return dialogue;
	}

	/**
	 * A verified organisation applies; the Extended Bureau is told, and may object until
	 * the objection period ends.
	 */
	@Transactional
	public DialogueApplication apply(String username, long dialogueId, ApplicationForm form) {
		OrganisationService.Membership membership = this.organisations.verifiedMembershipOf(username);
		ConstructiveDialogue dialogue = dialogue(dialogueId);
		if (!dialogue.isOpenForApplications(today())) {
			throw new UserInputException("civilsociety.error.applicationsClosed");
		}
		long organisationId = membership.organisation().getId();
		if (this.applications.findByDialogueIdAndOrganisationId(dialogueId, organisationId).isPresent()) {
			throw new UserInputException("civilsociety.error.alreadyApplied");
		}
		Instant now = now();
		DialogueApplication application;
		try {
			application = this.applications.saveAndFlush(new DialogueApplication(dialogueId, organisationId, form,
					membership.account().getId(), now, now.plus(this.settings.objectionPeriod())));
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// Two members of one organisation applying at the same moment: the database
			// keeps one application, the other is told in words.
			throw new UserInputException("civilsociety.error.alreadyApplied");
		}
		this.audit.record("dialogue.applied", "dialogueApplication", String.valueOf(application.getId()), null,
				snapshot(application));
		Set<Long> bureau = this.accounts.all()
			.stream()
			.filter((a) -> a.getRole() == Role.BUREAU && a.isEnabled())
			.map(Account::getId)
			.collect(Collectors.toSet());
		if (!bureau.isEmpty()) {
			this.events.publishEvent(new NotificationRequested(bureau, NotificationKind.SUBMITTED,
					"civilsociety.notification.application", List.of(dialogue.getTitle()), "/dialogues/" + dialogueId));
		}
		return application;
	}

	/** A member of the Extended Bureau objects, within the period, with a reason. */
	@Transactional
	public void object(String username, long dialogueId, long applicationId, String reason) {
		if (!this.policy.may(username, CivilSocietyPolicy.DialogueAction.OBJECT)) {
			throw new AccessDeniedException("only the Extended Bureau objects");
		}
		Account member = this.accounts.find(username).orElseThrow();
		DialogueApplication application = this.applications.findById(applicationId)
			.filter((a) -> a.getDialogueId().longValue() == dialogueId)
			.orElseThrow(() -> new NotFoundException("application"));
		if (!application.isOpenForObjections(now())) {
			throw new UserInputException("civilsociety.error.objectionPeriodOver");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new UserInputException("civilsociety.error.reason");
		}
		if (this.objections.existsByApplicationIdAndBureauMemberId(applicationId, member.getId())) {
			throw new UserInputException("civilsociety.error.alreadyObjected");
		}
		try {
			this.objections.saveAndFlush(new DialogueObjection(applicationId, member.getId(), reason.strip(), now()));
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// The same objection sent twice at once (a double click): one is kept.
			throw new UserInputException("civilsociety.error.alreadyObjected");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("applicationId", applicationId);
		after.put("reason", reason.strip());
		this.audit.record("dialogue.objected", "dialogueApplication", String.valueOf(applicationId), null, after);
	}

	/**
	 * Decides every application whose objection period is over: approved when nobody
	 * objected, not approved otherwise, the objections' reasons recorded. Tells the
	 * organisation's members. Answers how many were decided.
	 */
	@Transactional
	public int settleDue() {
		Instant now = now();
		List<DialogueApplication> due = this.applications
			.findByDecisionAndObjectionsUntilLessThanEqual(ApplicationDecision.PENDING, now);
		for (DialogueApplication application : due) {
			List<DialogueObjection> raised = this.objections
				.findByApplicationIdOrderByObjectedAtAsc(application.getId());
			String reasons = raised.isEmpty() ? null
					: raised.stream().map(DialogueObjection::getReason).collect(Collectors.joining("\n"));
			Map<String, Object> before = snapshot(application);
			application.decide(!raised.isEmpty(), reasons, now);
			this.audit.recordAs(AuditService.SYSTEM_ACTOR, "dialogue.decided", "dialogueApplication",
					String.valueOf(application.getId()), before, snapshot(application));
			ConstructiveDialogue dialogue = dialogue(application.getDialogueId());
			Set<Long> members = this.organisations.members(application.getOrganisationId())
				.stream()
				.filter(Account::isEnabled)
				.map(Account::getId)
				.collect(Collectors.toSet());
			this.events.publishEvent(new NotificationRequested(members, NotificationKind.DIALOGUE_DECISION,
					"civilsociety.notification.dialogueDecision",
					List.of(dialogue.getTitle(), "key:" + application.getDecision().labelKey()),
					"/dialogues/" + dialogue.getId()));
		}
		remindParticipants(now);
		return due.size();
	}

	/**
	 * Reminds, once, the members of each participating organisation when the dialogue is
	 * near ({@code palermo.civilsociety.reminder-before}) and not over.
	 */
	private void remindParticipants(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		long days = this.settings.reminderBefore().toDays();
		for (DialogueApplication application : this.applications
			.findByDecisionAndRemindedAtIsNull(ApplicationDecision.APPROVED)) {
			ConstructiveDialogue dialogue = dialogue(application.getDialogueId());
			if (today.isBefore(dialogue.getStartsOn().minusDays(days)) || today.isAfter(dialogue.getEndsOn())) {
				continue;
			}
			application.reminded(now);
			Set<Long> members = this.organisations.members(application.getOrganisationId())
				.stream()
				.filter(Account::isEnabled)
				.map(Account::getId)
				.collect(Collectors.toSet());
			this.events.publishEvent(new NotificationRequested(members, NotificationKind.REMINDER,
					"civilsociety.notification.dialogueReminder",
					List.of(dialogue.getTitle(), dialogue.getStartsOn().toString()), "/dialogues/" + dialogue.getId()));
		}
	}

	/**
	 * Settles what is due (before a page answers, and from the scheduled job); if another
	 * instance is deciding the same applications at that moment, it leaves them to it.
	 */
	public void settleDueQuietly() {
		try {
			this.transactions.executeWithoutResult((status) -> settleDue());
		}
		catch (OptimisticLockingFailureException ex) {
			// Decided concurrently: the page reads the decision recorded by the other.
		}
	}

	/** Every application to a dialogue, with its organisation and objections. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications(long dialogueId) {
		List<DialogueApplication> list = this.applications.findByDialogueIdOrderBySubmittedAtAsc(dialogueId);
		Map<Long, String> names = names(list.stream().map(DialogueApplication::getOrganisationId).toList());
		return list.stream()
			.map((a) -> new ApplicationView(a, names.get(a.getOrganisationId()),
					this.objections.findByApplicationIdOrderByObjectedAtAsc(a.getId())))
			.toList();
	}

	/** The organisations taking part: applications that stand approved. */
	@Transactional(readOnly = true)
	public List<ApplicationView> participants(long dialogueId) {
		return participants(dialogueId, true);
	}

	/**
	 * The organisations taking part, as one reader sees them: where {@code named} is
	 * false (anyone but the secretariat and the Extended Bureau), an organisation that
	 * chose not to be listed has no name ({@code null}).
	 */
	@Transactional(readOnly = true)
	public List<ApplicationView> participants(long dialogueId, boolean named) {
		List<DialogueApplication> list = this.applications.findByDialogueIdOrderBySubmittedAtAsc(dialogueId)
			.stream()
			.filter((a) -> a.getDecision() == ApplicationDecision.APPROVED)
			.toList();
		Map<Long, String> names = names(list.stream().map(DialogueApplication::getOrganisationId).toList(), named);
		return list.stream().map((a) -> new ApplicationView(a, names.get(a.getOrganisationId()), List.of())).toList();
	}

	/** The applications of the signed-in person's organisation, newest first. */
	@Transactional(readOnly = true)
	public List<DialogueApplication> ofOwnOrganisation(String username) {
		long organisationId = this.organisations.membershipOf(username).organisation().getId();
		return this.applications.findByOrganisationIdOrderBySubmittedAtDesc(organisationId);
	}

	@Transactional
	public void addSpeaker(long dialogueId, long applicationId, String speaker, LocalDateTime startsAt, int minutes) {
		ConstructiveDialogue dialogue = dialogue(dialogueId);
		DialogueApplication application = this.applications.findById(applicationId)
			.filter((a) -> a.getDialogueId().equals(dialogueId))
			.filter((a) -> a.getDecision() == ApplicationDecision.APPROVED)
			.orElseThrow(() -> new UserInputException("civilsociety.error.speakerOrganisation"));
		if (speaker == null || speaker.isBlank() || speaker.length() > 200) {
			throw new UserInputException("civilsociety.error.speaker");
		}
		if (startsAt == null || minutes < 1 || minutes > 240 || startsAt.toLocalDate().isBefore(dialogue.getStartsOn())
				|| startsAt.toLocalDate().isAfter(dialogue.getEndsOn())) {
			throw new UserInputException("civilsociety.error.slot");
		}
		DialogueSpeaker added = this.speakers
			.save(new DialogueSpeaker(dialogueId, application.getOrganisationId(), speaker.strip(), startsAt, minutes));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("speaker", added.getSpeaker());
		after.put("organisationId", added.getOrganisationId());
		after.put("startsAt", startsAt.toString());
		after.put("minutes", minutes);
		this.audit.record("dialogue.speaker", "dialogue", String.valueOf(dialogueId), null, after);
	}

	/** The speakers' list, in time order, with each organisation's name. */
	@Transactional(readOnly = true)
	public List<SpeakerView> speakers(long dialogueId) {
		return speakers(dialogueId, true);
	}

	/** The speakers' list; unlisted organisations unnamed unless {@code named}. */
	@Transactional(readOnly = true)
	public List<SpeakerView> speakers(long dialogueId, boolean named) {
		List<DialogueSpeaker> list = this.speakers.findByDialogueIdOrderByStartsAtAsc(dialogueId);
		Map<Long, String> names = names(list.stream().map(DialogueSpeaker::getOrganisationId).toList(), named);
		return list.stream().map((s) -> new SpeakerView(s, names.get(s.getOrganisationId()))).toList();
	}

	/** An organisation whose application stands approved submits a written statement. */
	@Transactional
	public DialogueStatement submitStatement(String username, long dialogueId, String title, String body) {
		OrganisationService.Membership membership = this.organisations.verifiedMembershipOf(username);
		ConstructiveDialogue dialogue = dialogue(dialogueId);
		boolean approved = this.applications
			.findByDialogueIdAndOrganisationId(dialogueId, membership.organisation().getId())
			.filter((a) -> a.getDecision() == ApplicationDecision.APPROVED)
			.isPresent();
		if (!approved) {
			throw new UserInputException("civilsociety.error.notParticipant");
		}
		if (!dialogue.takesStatements(today())) {
			throw new UserInputException("civilsociety.error.statementsClosed");
		}
		if (title == null || title.isBlank() || title.length() > 300 || body == null || body.isBlank()
				|| body.length() > 20000) {
			throw new UserInputException("civilsociety.error.statement");
		}
		DialogueStatement statement = this.statements.save(new DialogueStatement(dialogueId,
				membership.organisation().getId(), title.strip(), body.strip(), now()));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("dialogueId", dialogueId);
		after.put("title", statement.getTitle());
		this.audit.record("dialogue.statement", "dialogueStatement", String.valueOf(statement.getId()), null, after);
		return statement;
	}

	/** The written statements; unlisted organisations unnamed unless {@code named}. */
	@Transactional(readOnly = true)
	public List<StatementView> statements(long dialogueId, boolean named) {
		List<DialogueStatement> list = this.statements.findByDialogueIdOrderBySubmittedAtAsc(dialogueId);
		Map<Long, String> names = names(list.stream().map(DialogueStatement::getOrganisationId).toList(), named);
		return list.stream().map((s) -> new StatementView(s, names.get(s.getOrganisationId()))).toList();
	}

	@Transactional
	public void publishSummary(long dialogueId, long seenVersion, String summary) {
		ConstructiveDialogue dialogue = dialogue(dialogueId);
		if (dialogue.getVersion() != seenVersion) {
			throw new ConcurrentEditException("dialogue " + dialogueId);
		}
		dialogue.publishSummary(summary, today(), now());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("summary", dialogue.getSummary());
		this.audit.record("dialogue.summary", "dialogue", String.valueOf(dialogueId), null, after);
	}

	private Map<Long, String> names(Collection<Long> organisationIds) {
		return names(organisationIds, true);
	}

	/** Organisations' names; those not listed left out unless {@code named}. */
	private Map<Long, String> names(Collection<Long> organisationIds, boolean named) {
		Map<Long, String> names = new HashMap<>();
		for (Long id : organisationIds) {
			if (!names.containsKey(id)) {
				Organisation organisation = this.organisations.organisation(id);
				names.put(id, (named || organisation.isPublic()) ? organisation.getName() : null);
			}
		}
		return names;
	}

	private static Map<String, Object> snapshot(DialogueApplication a) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("dialogueId", a.getDialogueId());
		state.put("organisationId", a.getOrganisationId());
		state.put("travelSupport", a.isTravelSupport());
		state.put("objectionsUntil", a.getObjectionsUntil().atOffset(ZoneOffset.UTC).toString());
		state.put("decision", a.getDecision().name());
		state.put("decisionReason", a.getDecisionReason());
		return state;
	}

	/** An application with its organisation's name and the objections raised. */
	public record ApplicationView(DialogueApplication application, String organisation,
			List<DialogueObjection> objections) {
	}

	/** A place on the speakers' list with its organisation's name. */
	public record SpeakerView(DialogueSpeaker speaker, String organisation) {
	}

	/** A written statement with its organisation's name. */
	public record StatementView(DialogueStatement statement, String organisation) {
	}

}
