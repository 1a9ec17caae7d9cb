package org.palermo.civilsociety;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.palermo.accounts.Account;
import org.palermo.audit.AuditService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewAction;
import org.palermo.cycle.ReviewPolicy;
import org.palermo.documents.PrivateFileStore;
import org.palermo.notifications.NotificationKind;
import org.palermo.notifications.NotificationRequested;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Country input: organisations submit it, the secretariat follows it up, and every reader
 * sees only what reaches them, with the organisation's name hidden where it asked.
 */
@Service
public class CountryInputService {

	/** The most files one input carries. */
	static final int MAX_FILES = 10;

	private final CountryInputRepository inputs;

	private final InputStatusChangeRepository changes;

	private final OrganisationService organisations;

	private final CycleService cycle;

	private final ReviewPolicy policy;

	private final AuditService audit;

	private final NationalGroupService groups;

	private final CivilSocietyPolicy civilSocietyPolicy;

	private final InputFileRepository files;

	private final PrivateFileStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CountryInputService(CountryInputRepository inputs, InputStatusChangeRepository changes,
			OrganisationService organisations, CycleService cycle, ReviewPolicy policy, AuditService audit,
			NationalGroupService groups, CivilSocietyPolicy civilSocietyPolicy, InputFileRepository files,
			PrivateFileStore store, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.civilSocietyPolicy = civilSocietyPolicy;
		this.files = files;
		this.store = store;
		this.inputs = inputs;
		this.changes = changes;
		this.organisations = organisations;
		this.cycle = cycle;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Whether this person may submit input on the review now (link and form). */
	@Transactional(readOnly = true)
	public boolean maySubmit(String username, long reviewId) {
		if (!this.policy.may(username, ReviewAction.SUBMIT_INPUT, reviewId)) {
			return false;
		}
		return this.organisations.membershipOf(username).organisation().isVerified();
	}

	@Transactional
	public CountryInput submit(String username, long reviewId, InputForm form) {
		return submit(username, reviewId, form, null);
	}

	/**
	 * Submits input, as the organisation's own or, with a group, as the joint input of a
	 * national working group of the review's country that the organisation belongs to.
	 */
	@Transactional
	public CountryInput submit(String username, long reviewId, InputForm form, Long groupId) {
		if (!this.policy.may(username, ReviewAction.SUBMIT_INPUT, reviewId)) {
			throw new AccessDeniedException("may not submit input on this review");
		}
		OrganisationService.Membership membership = this.organisations.verifiedMembershipOf(username);
		CountryReview review = this.cycle.review(reviewId);
		Instant now = Instant.now(this.clock);
		CountryInput created = new CountryInput(membership.organisation().getId(), reviewId,
				review.getStateUnderReview(), review.getCluster(), form, membership.account().getId(), now);
		if (groupId != null) {
			if (!this.civilSocietyPolicy.may(username, CivilSocietyPolicy.GroupAction.CONTRIBUTE, groupId)
					|| !this.groups.group(groupId).getCountryCode().equals(review.getStateUnderReview())) {
				throw new UserInputException("nwg.error.group");
			}
			created.jointFor(groupId);
		}
		CountryInput input = this.inputs.save(created);
		this.changes.save(new InputStatusChange(input, now));
		this.audit.record("input.submitted", "input", String.valueOf(input.getId()), null, snapshot(input));
		return input;
	}

	/**
	 * What one reader sees of a review's input: the secretariat everything, an
	 * organisation its own, the review's States what was shared with them, anyone what is
	 * public; the name only where the reader may know it.
	 */
	@Transactional(readOnly = true)
	public List<InputView> forReview(long reviewId, String viewer) {
		boolean secretariat = this.policy.may(viewer, ReviewAction.MANAGE_INPUT, reviewId);
		boolean reviewStates = this.policy.may(viewer, ReviewAction.READ_SHARED_INPUT, reviewId);
		Long ownOrganisation = ownOrganisation(viewer);
		Predicate<CountryInput> visible = (i) -> secretariat || isOwn(i, ownOrganisation) || i.isPublic()
				|| (reviewStates && i.isSharedWithReviewStates());
		return views(this.inputs.findByReviewIdOrderBySubmittedAtAsc(reviewId).stream().filter(visible).toList(),
				secretariat, ownOrganisation);
	}

	/** The public input on the reviews of one State, for its public country page. */
	@Transactional(readOnly = true)
	public List<InputView> publicForCountry(String stateUnderReview) {
		return views(this.inputs.findByStateUnderReviewAndSharedAtIsNotNullAndReachOrderBySubmittedAtAsc(
				stateUnderReview, InputReach.PUBLIC), false, null);
	}

	/** Every input, named, for the secretariat's follow-up. */
	@Transactional(readOnly = true)
	public List<InputView> forSecretariat() {
		return views(this.inputs.findAllByOrderBySubmittedAtDesc(), true, null);
	}

	/** The input of the signed-in person's organisation. */
	@Transactional(readOnly = true)
	public List<InputView> ofOwnOrganisation(String username) {
		Long organisation = this.organisations.membershipOf(username).organisation().getId();
		return views(this.inputs.findByOrganisationIdOrderBySubmittedAtDesc(organisation), false, organisation);
	}

	/**
	 * One input and its history, for its organisation or the secretariat; for anyone else
	 * it does not exist.
	 */
	@Transactional(readOnly = true)
	public Followed followed(long id, String viewer) {
		CountryInput input = this.inputs.findById(id).orElseThrow(() -> new NotFoundException("input"));
		boolean secretariat = this.policy.may(viewer, ReviewAction.MANAGE_INPUT, input.getReviewId());
		Long own = ownOrganisation(viewer);
		if (!secretariat && !isOwn(input, own)) {
			throw new NotFoundException("input");
		}
		return new Followed(views(List.of(input), true, own).get(0),
				this.changes.findByInputIdOrderByChangedAtAscIdAsc(id));
	}

	/** The joint input of a group, for those who may read the group's space. */
	@Transactional(readOnly = true)
	public List<InputView> ofGroup(long groupId, String viewer) {
		if (!this.civilSocietyPolicy.may(viewer, CivilSocietyPolicy.GroupAction.READ_SPACE, groupId)) {
			throw new NotFoundException("group");
		}
		return views(this.inputs.findByGroupIdOrderBySubmittedAtDesc(groupId), true, ownOrganisation(viewer));
	}

	/**
	 * Whether the organisation submitted the input, or belongs to the group whose joint
	 * input it is.
	 */
	private boolean isOwn(CountryInput input, Long organisation) {
		if (organisation == null) {
			return false;
		}
		return input.getOrganisationId().equals(organisation)
				|| (input.isJoint() && this.groups.memberOrganisations(input.getGroupId()).contains(organisation));
	}

	/**
	 * The organisation attaches a file to its input while the secretariat has not yet
	 * moved it on; stored outside the library, with nothing naming who uploaded it.
	 */
	@Transactional
	public InputFile attach(String username, long id, String originalName, byte[] content) {
		CountryInput input = this.inputs.findById(id).orElseThrow(() -> new NotFoundException("input"));
		Long own = ownOrganisation(username);
		if (!isOwn(input, own)) {
			throw new NotFoundException("input");
		}
		this.organisations.verifiedMembershipOf(username);
		if (input.getStatus() != InputStatus.RECEIVED) {
			throw new UserInputException("civilsociety.error.transition");
		}
		if (this.files.findByInputIdOrderByIdAsc(id).size() >= MAX_FILES) {
			throw new UserInputException("nwg.error.tooManyFiles");
		}
		PrivateFileStore.StoredBytes stored = this.store.store("inputs", originalName, content);
		InputFile file = this.files.save(new InputFile(id, stored, Instant.now(this.clock)));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fileId", file.getId());
		after.put("sha256", file.getSha256());
		after.put("size", file.getSize());
		this.audit.record("input.file", "input", String.valueOf(id), null, after);
		return file;
	}

	/**
	 * The files of an input as one reader sees them: only where the reader may read the
	 * input, and with the uploaded name only where the reader may know the organisation.
	 */
	@Transactional(readOnly = true)
	public List<FileLink> files(long id, String viewer) {
		CountryInput input = this.inputs.findById(id).orElse(null);
		if (input == null || !readable(input, viewer)) {
			return List.of();
		}
		return fileLinks(id, named(input, viewer));
	}

	private List<FileLink> fileLinks(long id, boolean named) {
		List<InputFile> list = this.files.findByInputIdOrderByIdAsc(id);
		List<FileLink> links = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			InputFile file = list.get(i);
			links.add(new FileLink(file.getId(), id, file.nameFor(named, i + 1), file.getMediaType(), file.getSize()));
		}
		return links;
	}

	/**
	 * One file of an input for a reader who may read the input; for anyone else, and for
	 * a file that does not exist, the same 404.
	 */
	@Transactional(readOnly = true)
	public FileDownload download(long id, long fileId, String viewer) {
		CountryInput input = this.inputs.findById(id).orElseThrow(() -> new NotFoundException("file"));
		if (!readable(input, viewer)) {
			throw new NotFoundException("file");
		}
		List<InputFile> list = this.files.findByInputIdOrderByIdAsc(id);
		for (int i = 0; i < list.size(); i++) {
			InputFile file = list.get(i);
			if (file.getId() == fileId) {
				return new FileDownload(file.nameFor(named(input, viewer), i + 1), file.getMediaType(),
						this.store.read(file.getStorageKey(), file.getSha256()));
			}
		}
		throw new NotFoundException("file");
	}

	private boolean readable(CountryInput input, String viewer) {
		if (input.isPublic()) {
			return true;
		}
		if (viewer == null) {
			return false;
		}
		return this.policy.may(viewer, ReviewAction.MANAGE_INPUT, input.getReviewId())
				|| isOwn(input, ownOrganisation(viewer)) || (input.isSharedWithReviewStates()
						&& this.policy.may(viewer, ReviewAction.READ_SHARED_INPUT, input.getReviewId()));
	}

	private boolean named(CountryInput input, String viewer) {
		return (viewer != null && this.policy.may(viewer, ReviewAction.MANAGE_INPUT, input.getReviewId()))
				|| isOwn(input, ownOrganisation(viewer))
				|| (!input.isNameWithheld() && input.getReach() != InputReach.SECRETARIAT_ONLY);
	}

	/**
	 * The secretariat moves an input on; its organisation's members are told, with
	 * nothing in the message but the State and the new status.
	 */
	@Transactional
	public CountryInput changeStatus(String username, long id, long seenVersion, StatusChangeForm form) {
		CountryInput input = this.inputs.findById(id).orElseThrow(() -> new NotFoundException("input"));
		if (!this.policy.may(username, ReviewAction.MANAGE_INPUT, input.getReviewId())) {
			throw new AccessDeniedException("may not follow up input");
		}
		if (input.getVersion() != seenVersion) {
			throw new ConcurrentEditException("input " + id);
		}
		Map<String, Object> before = snapshot(input);
		Instant now = Instant.now(this.clock);
		switch (form.action()) {
			case SHARE -> input.share(now);
			case CONSIDER -> input.consider();
			case REFLECT -> input.reflect(form.reference());
			case NOT_TAKEN_UP -> input.notTakenUp(form.reason());
		}
		this.inputs.saveAndFlush(input);
		this.changes.save(new InputStatusChange(input, now));
		this.audit.record("input.status", "input", String.valueOf(id), before, snapshot(input));
		if (form.action() == StatusChangeForm.Action.SHARE && input.isPublic()) {
			this.events.publishEvent(new CountryInputPublished(input.getId(), input.getReviewId(),
					input.getStateUnderReview(), input.getTitle()));
		}
		Set<Long> members = this.organisations.members(input.getOrganisationId())
			.stream()
			.filter(Account::isEnabled)
			.map(Account::getId)
			.collect(Collectors.toSet());
		this.events.publishEvent(new NotificationRequested(members, NotificationKind.INPUT_STATUS,
				"civilsociety.notification.inputStatus",
				List.of("state:" + input.getStateUnderReview(), "key:" + input.getStatus().labelKey()),
				"/organisation/inputs/" + id));
		return input;
	}

	private Long ownOrganisation(String viewer) {
		return (viewer != null) ? this.organisations.organisationIdOf(viewer).orElse(null) : null;
	}

	private List<InputView> views(List<CountryInput> list, boolean named, Long ownOrganisation) {
		Map<Long, String> names = new LinkedHashMap<>();
		List<InputView> views = new ArrayList<>();
		Map<Long, String> groupNames = new LinkedHashMap<>();
		for (CountryInput input : list) {
			boolean own = isOwn(input, ownOrganisation);
			String name = null;
			if (named || own || !input.isNameWithheld()) {
				String organisation = names.computeIfAbsent(input.getOrganisationId(),
						(orgId) -> this.organisations.organisation(orgId).getName());
				name = organisation;
				if (input.isJoint()) {
					String group = groupNames.computeIfAbsent(input.getGroupId(),
							(g) -> this.groups.group(g).getName());
					// The secretariat knows which member submitted it; others see the
					// group.
					name = named ? group + " (" + organisation + ")" : group;
				}
			}
			views.add(new InputView(input, name, own, fileLinks(input.getId(), name != null)));
		}
		return views;
	}

	private static Map<String, Object> snapshot(CountryInput input) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("organisationId", input.getOrganisationId());
		state.put("groupId", input.getGroupId());
		state.put("reviewId", input.getReviewId());
		state.put("title", input.getTitle());
		state.put("reach", input.getReach().name());
		state.put("nameWithheld", input.isNameWithheld());
		state.put("status", input.getStatus().name());
		state.put("reason", input.getStatusReason());
		state.put("observationReference", input.getObservationReference());
		return state;
	}

	/**
	 * An input as one reader sees it.
	 *
	 * @param organisation the organisation's name, or {@code null} when withheld from
	 * this reader
	 * @param own whether the reader belongs to the organisation that submitted it
	 * @param files its files, named for this reader
	 */
	public record InputView(CountryInput input, String organisation, boolean own, List<FileLink> files) {
	}

	/** A file of an input as one reader may see it. */
	public record FileLink(long id, long inputId, String name, String mediaType, long size) {
	}

	/** A file to send. */
	public record FileDownload(String fileName, String mediaType, byte[] content) {
	}

	/** An input and the steps of its status. */
	public record Followed(InputView view, List<InputStatusChange> history) {
	}

}
