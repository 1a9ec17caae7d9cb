package org.palermo.civilsociety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.civilsociety.CivilSocietyPolicy.GroupAction;
import org.palermo.documents.PrivateFileStore;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;
import org.palermo.parties.PartyNames;
import org.palermo.parties.PartyService;
import org.palermo.reports.Report;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National working groups: forming one, its members and coordinator, the shared space
 * (discussion and documents) that only its members and the secretariat read, and the
 * letter asking the country's focal point to consult the group.
 */
@Service
public class NationalGroupService {

	/** The six languages a letter is written in. */
	public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

	private final NationalGroupRepository groups;

	private final GroupMemberRepository members;

	private final GroupMessageRepository messages;

	private final GroupFileRepository files;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final PartyService parties;

	private final PartyNames partyNames;

	private final PrivateFileStore store;

	private final CivilSocietyPolicy policy;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final MessageSource text;

	private final Clock clock;

	NationalGroupService(NationalGroupRepository groups, GroupMemberRepository members, GroupMessageRepository messages,
			GroupFileRepository files, OrganisationService organisations, AccountService accounts, PartyService parties,
			PartyNames partyNames, PrivateFileStore store, CivilSocietyPolicy policy, AuditService audit,
			ApplicationEventPublisher events, MessageSource text, Clock clock) {
		this.groups = groups;
		this.members = members;
		this.messages = messages;
		this.files = files;
		this.organisations = organisations;
		this.accounts = accounts;
		this.parties = parties;
		this.partyNames = partyNames;
		this.store = store;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.text = text;
		this.clock = clock;
	}

	/**
	 * The administrator of a verified organisation forms a group for a country where the
	 * organisation is registered or works, and coordinates it.
	 */
	@Transactional
	public NationalGroup create(String username, String countryCode, String name, boolean publiclyListed) {
		OrganisationService.Membership membership = this.organisations.requireAdministrator(username);
		Organisation organisation = membership.organisation();
		if (!organisation.isVerified()) {
			throw new UserInputException("civilsociety.error.notVerified");
		}
		if (countryCode == null || !countryCode.matches("[A-Z]{2}") || !this.parties.exists(countryCode)) {
			throw new UserInputException("nwg.error.country");
		}
		if (!countryCode.equals(organisation.getCountryCode())
				&& !organisation.getCountriesOfWork().contains(countryCode)) {
			throw new UserInputException("nwg.error.countryOfWork");
		}
		Instant now = Instant.now(this.clock);
		NationalGroup group = this.groups.save(new NationalGroup(countryCode, name, organisation.getId(),
				membership.account().getId(), publiclyListed, now));
		this.members.save(GroupMember.founder(group.getId(), organisation.getId(), now));
		this.audit.record("group.created", "nationalGroup", String.valueOf(group.getId()), null, snapshot(group));
		return group;
	}

	/** The groups the person's organisation belongs to or is invited to. */
	@Transactional(readOnly = true)
	public List<Listed> ofOwnOrganisation(String username) {
		Long organisation = this.organisations.organisationIdOf(username)
			.orElseThrow(() -> new AccessDeniedException("not a member of an organisation"));
		List<Listed> list = new ArrayList<>();
		for (GroupMember member : this.members.findByOrganisationIdOrderByIdAsc(organisation)) {
			if (member.getStatus() != GroupMember.Status.LEFT) {
				list.add(new Listed(group(member.getGroupId()), member.getStatus()));
			}
		}
		return list;
	}

	/** Every group, for the secretariat. */
	@Transactional(readOnly = true)
	public List<NationalGroup> all() {
		return this.groups.findAllByOrderByCountryCodeAscNameAsc();
	}

	/** Groups that chose to be public, with their listed member organisations. */
	@Transactional(readOnly = true)
	public List<PublicGroup> publicGroups() {
		return this.groups.findByPubliclyListedTrueOrderByCountryCodeAscNameAsc()
			.stream()
			.map(this::publicView)
			.toList();
	}

	/** One public group; any other answers 404, existing or not. */
	@Transactional(readOnly = true)
	public PublicGroup publicGroup(long id) {
		return this.groups.findById(id)
			.filter(NationalGroup::isPubliclyListed)
			.map(this::publicView)
			.orElseThrow(() -> new NotFoundException("group"));
	}

	private PublicGroup publicView(NationalGroup group) {
		List<Organisation> current = currentMembers(group.getId());
		List<String> listed = current.stream().filter(Organisation::isPublic).map(Organisation::getName).toList();
		return new PublicGroup(group, listed, current.size() - listed.size());
	}

	/**
	 * The group's shared space for one reader; for anyone who may not read it the group
	 * does not exist (404, as for a group that does not).
	 */
	@Transactional(readOnly = true)
	public Space space(long id, String username) {
		NationalGroup group = readable(id, username);
		List<GroupMember> list = this.members.findByGroupIdOrderByIdAsc(id);
		Map<Long, String> names = new HashMap<>();
		List<MemberView> memberViews = new ArrayList<>();
		for (GroupMember member : list) {
			if (member.getStatus() == GroupMember.Status.LEFT) {
				continue;
			}
			Organisation organisation = this.organisations.organisation(member.getOrganisationId());
			names.put(organisation.getId(), organisation.getName());
			memberViews.add(new MemberView(member, organisation,
					organisation.getId().equals(group.getCoordinatorOrganisationId())));
		}
		List<GroupMessage> all = this.messages.findByGroupIdOrderByPostedAtAscIdAsc(id);
		Map<Long, Account> authors = this.accounts
			.byIds(all.stream().map(GroupMessage::getAuthorAccountId).collect(Collectors.toSet()));
		Map<Long, List<MessageView>> replies = new HashMap<>();
		List<Thread> threads = new ArrayList<>();
		for (GroupMessage message : all) {
			MessageView view = new MessageView(message, displayName(authors.get(message.getAuthorAccountId())), names
				.computeIfAbsent(message.getOrganisationId(), (o) -> this.organisations.organisation(o).getName()));
			if (message.getReplyTo() == null) {
				List<MessageView> own = new ArrayList<>();
				replies.put(message.getId(), own);
				threads.add(new Thread(view, own));
			}
			else {
				replies.computeIfAbsent(message.getReplyTo(), (k) -> new ArrayList<>()).add(view);
			}
		}
		List<FileView> fileViews = this.files.findByGroupIdOrderByUploadedAtDescIdDesc(id)
			.stream()
			.map((f) -> new FileView(f,
					names.computeIfAbsent(f.getOrganisationId(), (o) -> this.organisations.organisation(o).getName())))
			.toList();
		return new Space(group, memberViews, threads, fileViews);
	}

	private static String displayName(Account account) {
		return (account != null) ? account.getDisplayName() : "";
	}

	/** Verified organisations the coordinator may invite: not yet in the group. */
	@Transactional(readOnly = true)
	public List<Organisation> invitable(long id) {
		Set<Long> present = this.members.findByGroupIdOrderByIdAsc(id)
			.stream()
			.filter((m) -> m.getStatus() != GroupMember.Status.LEFT)
			.map(GroupMember::getOrganisationId)
			.collect(Collectors.toSet());
		// Only organisations listed in the public directory: one that chose not to be
		// listed is never named to another organisation (it may still be invited by its
		// number, which it gives the coordinator itself).
		return this.organisations.all()
			.stream()
			.filter(Organisation::isVerified)
			.filter(Organisation::isPublic)
			.filter((o) -> !present.contains(o.getId()))
			.toList();
	}

	/** The coordinator invites a verified organisation; its administrator is told. */
	@Transactional
	public void invite(String username, long id, long organisationId) {
		NationalGroup group = require(username, GroupAction.COORDINATE, id);
		Organisation organisation = this.organisations.find(organisationId)
			.filter(Organisation::isVerified)
			.orElseThrow(() -> new UserInputException("nwg.error.organisation"));
		Instant now = Instant.now(this.clock);
		try {
			this.members.findByGroupIdAndOrganisationId(id, organisationId)
				.ifPresentOrElse((m) -> m.reinvite(now),
						() -> this.members.saveAndFlush(new GroupMember(id, organisationId, now)));
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
			// The same organisation invited twice at the same moment (a second click, a
			// second tab): the database keeps one invitation, the other is told (409),
			// whether it found the first one's row committed or still locked.
			throw new ConcurrentEditException("group " + id);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("organisationId", organisationId);
		after.put("status", GroupMember.Status.INVITED.name());
		this.audit.record("group.invited", "nationalGroup", String.valueOf(id), null, after);
		if (organisation.getAdministratorId() != null) {
			this.events.publishEvent(
					new NotificationRequested(Set.of(organisation.getAdministratorId()), NotificationKind.INVITED,
							"nwg.notification.invited", List.of("state:" + group.getCountryCode()), "/groups"));
		}
	}

	/** An invited organisation's administrator accepts: the organisation is a member. */
	@Transactional
	public void accept(String username, long id) {
		require(username, GroupAction.ACCEPT, id);
		GroupMember member = ownPlace(username, id);
		member.accept(Instant.now(this.clock));
		this.audit.record("group.joined", "nationalGroup", String.valueOf(id), null, place(member));
	}

	/**
	 * A member organisation's administrator takes it out; the coordinator hands over
	 * first.
	 */
	@Transactional
	public void leave(String username, long id) {
		if (this.policy.may(username, GroupAction.COORDINATE, id)) {
			throw new UserInputException("nwg.error.coordinatorLeaves");
		}
		require(username, GroupAction.LEAVE, id);
		GroupMember member = ownPlace(username, id);
		member.leave(Instant.now(this.clock));
		this.audit.record("group.left", "nationalGroup", String.valueOf(id), null, place(member));
	}

	/**
	 * The coordinator hands the coordination to another member organisation, whose
	 * administrator coordinates from then on.
	 */
	@Transactional
	public void handOver(String username, long id, long seenVersion, long organisationId) {
		NationalGroup group = require(username, GroupAction.COORDINATE, id);
		if (group.getVersion() != seenVersion) {
			throw new ConcurrentEditException("group " + id);
		}
		boolean member = this.members.findByGroupIdAndOrganisationId(id, organisationId)
			.filter(GroupMember::isMember)
			.isPresent();
		Organisation organisation = this.organisations.find(organisationId).orElse(null);
		if (!member || organisation == null || organisation.getAdministratorId() == null) {
			throw new UserInputException("nwg.error.handOver");
		}
		Map<String, Object> before = snapshot(group);
		group.handOver(organisationId, organisation.getAdministratorId());
		this.groups.saveAndFlush(group);
		this.audit.record("group.handedOver", "nationalGroup", String.valueOf(id), before, snapshot(group));
		this.events.publishEvent(
				new NotificationRequested(Set.of(organisation.getAdministratorId()), NotificationKind.ASSIGNED,
						"nwg.notification.coordinator", List.of("state:" + group.getCountryCode()), "/groups/" + id));
	}

	/** A member writes in the discussion, as a new thread or a reply to one. */
	@Transactional
	public GroupMessage post(String username, long id, Long replyTo, String body) {
		require(username, GroupAction.CONTRIBUTE, id);
		if (body == null || body.isBlank() || body.length() > 5000) {
			throw new UserInputException("nwg.error.message");
		}
		Long thread = null;
		if (replyTo != null) {
			GroupMessage parent = this.messages.findById(replyTo)
				.filter((m) -> m.getGroupId().equals(id))
				.orElseThrow(() -> new UserInputException("nwg.error.message"));
			thread = (parent.getReplyTo() != null) ? parent.getReplyTo() : parent.getId();
		}
		OrganisationService.Membership membership = this.organisations.verifiedMembershipOf(username);
		GroupMessage message = this.messages.save(new GroupMessage(id, thread, membership.organisation().getId(),
				membership.account().getId(), body.strip(), Instant.now(this.clock)));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("replyTo", thread);
		after.put("body", message.getBody());
		this.audit.record("group.message", "nationalGroup", String.valueOf(id), null, after);
		return message;
	}

	/**
	 * A member adds a document to the shared space: checked for size and type from its
	 * content, stored outside the public library.
	 */
	@Transactional
	public GroupFile upload(String username, long id, String title, String originalName, byte[] content) {
		require(username, GroupAction.CONTRIBUTE, id);
		if (title == null || title.isBlank() || title.length() > 300) {
			throw new UserInputException("nwg.error.title");
		}
		OrganisationService.Membership membership = this.organisations.verifiedMembershipOf(username);
		PrivateFileStore.StoredBytes stored = this.store.store("groups", originalName, content);
		GroupFile file = this.files
			.save(new GroupFile(id, membership.organisation().getId(), title.strip(), stored, Instant.now(this.clock)));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fileId", file.getId());
		after.put("title", file.getTitle());
		after.put("fileName", file.getFileName());
		after.put("sha256", file.getSha256());
		this.audit.record("group.file", "nationalGroup", String.valueOf(id), null, after);
		return file;
	}

	/** A document of the shared space, for those who may read the space only. */
	@Transactional(readOnly = true)
	public Download download(String username, long id, long fileId) {
		readable(id, username);
		GroupFile file = this.files.findById(fileId)
			.filter((f) -> f.getGroupId().equals(id))
			.orElseThrow(() -> new NotFoundException("file"));
		return new Download(file.getFileName(), file.getMediaType(),
				this.store.read(file.getStorageKey(), file.getSha256()));
	}

	/**
	 * The letter asking the focal point to consult the group, in one of the six
	 * languages, for a reader of the space or a focal point of the group's country. It
	 * names the member organisations listed in the public directory and only counts the
	 * others, so no organisation at risk is named to the State.
	 */
	@Transactional(readOnly = true)
	public Letter letter(String username, long id, String language) {
		NationalGroup group = group(id);
		if (!focalPointOf(group, username)) {
			readable(id, username);
		}
		String lang = LANGUAGES.contains(language) ? language : "en";
		Locale locale = Locale.forLanguageTag(lang);
		String country = this.partyNames.name(group.getCountryCode(), locale);
		List<Organisation> current = currentMembers(id);
		List<String> named = current.stream().filter(Organisation::isPublic).map(Organisation::getName).toList();
		int others = current.size() - named.size();
		LocalDate date = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		List<String> paragraphs = List.of(msg("nwg.letter.salutation", locale, country),
				msg("nwg.letter.p1", locale, group.getName(), country), msg("nwg.letter.p2", locale, country),
				msg("nwg.letter.p3", locale));
		return new Letter(lang, "ar".equals(lang), date, msg("nwg.letter.title", locale, country), paragraphs,
				msg("nwg.letter.members", locale), named,
				(others > 0) ? msg("nwg.letter.others", locale, others) : null, msg("nwg.letter.closing", locale),
				group.getName(), List.of(msg("nwg.letter.distr", locale), msg("nwg.letter.date", locale),
						msg("nwg.letter.original", locale, msg("nwg.language." + lang, locale))));
	}

	/** The letter as a document the reports module renders. */
	public static Report report(Letter letter, long groupId) {
		List<Report.Block> blocks = new ArrayList<>();
		for (String paragraph : letter.paragraphs()) {
			blocks.add(Report.Block.paragraph(paragraph));
		}
		blocks.add(Report.Block.subheading(letter.membersHeading()));
		for (String name : letter.members()) {
			blocks.add(Report.Block.paragraph(name));
		}
		if (letter.others() != null) {
			blocks.add(Report.Block.paragraph(letter.others()));
		}
		blocks.add(Report.Block.paragraph(letter.closing()));
		blocks.add(Report.Block.paragraph(letter.signature()));
		return new Report("NWG/" + groupId, letter.date(), letter.language(), letter.headerLabels(), letter.title(), "",
				blocks);
	}

	/**
	 * The coordinator sends the letter to the country's focal points through their inbox
	 * (and mail, as each chose), each in their own language; recorded in the audit trail.
	 */
	@Transactional
	public int sendLetter(String username, long id) {
		NationalGroup group = require(username, GroupAction.COORDINATE, id);
		Set<Long> focalPoints = this.accounts.all()
			.stream()
			.filter(Account::isEnabled)
			.filter((a) -> a.getRole() == Role.FOCAL_POINT)
			.filter((a) -> group.getCountryCode().equals(a.getPartyCode()))
			.map(Account::getId)
			.collect(Collectors.toSet());
		if (focalPoints.isEmpty()) {
			throw new UserInputException("nwg.error.noFocalPoint");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("countryCode", group.getCountryCode());
		after.put("recipients", focalPoints.size());
		group.letterSent(Instant.now(this.clock));
		this.audit.record("group.letterSent", "nationalGroup", String.valueOf(id), null, after);
		this.events
			.publishEvent(new NotificationRequested(focalPoints, NotificationKind.INVITED, "nwg.notification.letter",
					List.of(group.getName(), "state:" + group.getCountryCode()), "/groups/" + id + "/letter"));
		return focalPoints.size();
	}

	/**
	 * Whether a focal point of the group's country may read its letter: only once the
	 * coordinator sent it, so a group that never wrote to the State stays unknown to it.
	 */
	private boolean focalPointOf(NationalGroup group, String username) {
		return username != null && group.getLetterSentAt() != null
				&& this.accounts.find(username)
					.filter(Account::isEnabled)
					.filter((a) -> a.getRole() == Role.FOCAL_POINT)
					.filter((a) -> group.getCountryCode().equals(a.getPartyCode()))
					.isPresent();
	}

	/** Groups of the person's organisation in a country, for joint input. */
	@Transactional(readOnly = true)
	public List<NationalGroup> contributableIn(String username, String countryCode) {
		return this.organisations.organisationIdOf(username)
			.map((org) -> this.members.findByOrganisationIdOrderByIdAsc(org)
				.stream()
				.filter(GroupMember::isMember)
				.map((m) -> group(m.getGroupId()))
				.filter((g) -> g.getCountryCode().equals(countryCode))
				.toList())
			.orElse(List.of());
	}

	/** The organisations that are members of a group now. */
	@Transactional(readOnly = true)
	public Set<Long> memberOrganisations(long id) {
		return this.members.findByGroupIdOrderByIdAsc(id)
			.stream()
			.filter(GroupMember::isMember)
			.map(GroupMember::getOrganisationId)
			.collect(Collectors.toSet());
	}

	NationalGroup group(long id) {
		return this.groups.findById(id).orElseThrow(() -> new NotFoundException("group"));
	}

	private List<Organisation> currentMembers(long id) {
		return this.members.findByGroupIdOrderByIdAsc(id)
			.stream()
			.filter(GroupMember::isMember)
			.map((m) -> this.organisations.organisation(m.getOrganisationId()))
			.toList();
	}

	private NationalGroup readable(long id, String username) {
		NationalGroup group = group(id);
		if (!this.policy.may(username, GroupAction.READ_SPACE, id)) {
			throw new NotFoundException("group");
		}
		return group;
	}

	private NationalGroup require(String username, GroupAction action, long id) {
		NationalGroup group = group(id);
		if (!this.policy.may(username, action, id)) {
			if (!this.policy.may(username, GroupAction.READ_SPACE, id)
					&& !this.policy.may(username, GroupAction.ACCEPT, id)) {
				throw new NotFoundException("group");
			}
			throw new AccessDeniedException("may not " + action + " in group " + id);
		}
		return group;
	}

	private GroupMember ownPlace(String username, long id) {
		Long organisation = this.organisations.organisationIdOf(username).orElseThrow();
		return this.members.findByGroupIdAndOrganisationId(id, organisation)
			.orElseThrow(() -> new NotFoundException("group"));
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.text.getMessage(key, args, locale);
	}

	private static Map<String, Object> place(GroupMember member) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("organisationId", member.getOrganisationId());
		state.put("status", member.getStatus().name());
		return state;
	}

	private static Map<String, Object> snapshot(NationalGroup group) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("countryCode", group.getCountryCode());
		state.put("name", group.getName());
		state.put("coordinatorOrganisationId", group.getCoordinatorOrganisationId());
		state.put("coordinatorAccountId", group.getCoordinatorAccountId());
		state.put("publiclyListed", group.isPubliclyListed());
		return state;
	}

	/** A group and where the reader's organisation stands in it. */
	public record Listed(NationalGroup group, GroupMember.Status status) {
	}

	/** A public group: the listed member organisations named, the others counted. */
	public record PublicGroup(NationalGroup group, List<String> organisations, int otherOrganisations) {
	}

	/** A member organisation, and whether it coordinates. */
	public record MemberView(GroupMember member, Organisation organisation, boolean coordinator) {

		/**
		 * The organisation's name as the group may see it: an organisation not listed in
		 * the directory is named only once it has joined ({@code null} while invited).
		 */
		public String shownName() {
			return (this.member.isMember() || this.organisation.isPublic()) ? this.organisation.getName() : null;
		}
	}

	/** A message with its author and organisation. */
	public record MessageView(GroupMessage message, String author, String organisation) {
	}

	/** A thread: its first message and the replies, in order. */
	public record Thread(MessageView first, List<MessageView> replies) {
	}

	/** A document with the organisation that added it. */
	public record FileView(GroupFile file, String organisation) {
	}

	/** The shared space as a member or the secretariat reads it. */
	public record Space(NationalGroup group, List<MemberView> members, List<Thread> threads, List<FileView> files) {
	}

	/** A file to send. */
	public record Download(String fileName, String mediaType, byte[] content) {
	}

	/** The letter in one language, all its text already in that language. */
	public record Letter(String language, boolean rightToLeft, LocalDate date, String title, List<String> paragraphs,
			String membersHeading, List<String> members, String others, String closing, String signature,
			List<String> headerLabels) {
	}

}
