package org.palermo.capacity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.documents.DocumentService;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
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
 * Capacity building's front door: the library (public once published, managed by the
 * secretariat, every change audited) and events with registration by organisations, a
 * seat each while seats last, then a waiting list promoted in order.
 */
@Service
public class CapacityService {

	private final CapacityResourceRepository resources;

	private final CapacityEventRepository events;

	private final EventRegistrationRepository registrations;

	private final AccountService accounts;

	private final DocumentService documents;

	private final AuditService audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	CapacityService(CapacityResourceRepository resources, CapacityEventRepository events,
			EventRegistrationRepository registrations, AccountService accounts, DocumentService documents,
			AuditService audit, ApplicationEventPublisher publisher, Clock clock) {
		this.resources = resources;
		this.events = events;
		this.registrations = registrations;
		this.accounts = accounts;
		this.documents = documents;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = clock;
	}

	// The library

	/** Published resources, newest first; each filter applies when given. */
	@Transactional(readOnly = true)
	public List<CapacityResource> library(String language, Instrument instrument, ResourceKind kind) {
		return this.resources.findByPublishedTrueOrderByUpdatedAtDescIdDesc()
			.stream()
			.filter((r) -> language == null || r.hasLanguage(language))
			.filter((r) -> instrument == null || r.getInstruments().contains(instrument))
			.filter((r) -> kind == null || r.getKind() == kind)
			.toList();
	}

	/** A published resource; any other id answers 404. */
	@Transactional(readOnly = true)
	public CapacityResource published(long id) {
		return this.resources.findById(id)
			.filter(CapacityResource::isPublished)
			.orElseThrow(() -> new NotFoundException("resource"));
	}

	@Transactional(readOnly = true)
	public List<CapacityResource> allResources() {
		return this.resources.findAllByOrderByUpdatedAtDescIdDesc();
	}

	@Transactional(readOnly = true)
	public CapacityResource resource(long id) {
		return this.resources.findById(id).orElseThrow(() -> new NotFoundException("resource"));
	}

	@Transactional
	public CapacityResource createResource(ResourceForm form) {
		CapacityResource resource = new CapacityResource(now());
		describe(resource, form);
		this.resources.save(resource);
		this.audit.record("capacity.resource.created", "capacity-resource", String.valueOf(resource.getId()), null,
				snapshot(resource));
		return resource;
	}

	@Transactional
	public CapacityResource updateResource(long id, long seenVersion, ResourceForm form) {
		CapacityResource resource = resource(id);
		if (resource.getVersion() != seenVersion) {
			throw new ConcurrentEditException("resource " + id);
		}
		Map<String, Object> before = snapshot(resource);
		describe(resource, form);
		this.audit.record("capacity.resource.changed", "capacity-resource", String.valueOf(id), before,
				snapshot(resource));
		return resource;
	}

	@Transactional
	public void publish(long id, long seenVersion, boolean published) {
		CapacityResource resource = resource(id);
		if (resource.getVersion() != seenVersion) {
			throw new ConcurrentEditException("resource " + id);
		}
		Map<String, Object> before = snapshot(resource);
		if (published) {
			resource.publish(now());
		}
		else {
			resource.unpublish(now());
		}
		this.audit.record(published ? "capacity.resource.published" : "capacity.resource.unpublished",
				"capacity-resource", String.valueOf(id), before, snapshot(resource));
	}

	private void describe(CapacityResource resource, ResourceForm form) {
		ResourceKind kind = parse(ResourceKind.class, form.kind());
		if (kind == null) {
			throw new UserInputException("capacity.error.kind");
		}
		Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
		for (String value : form.instruments()) {
			Instrument instrument = parse(Instrument.class, value);
			if (instrument == null) {
				throw new UserInputException("capacity.error.instrument");
			}
			instruments.add(instrument);
		}
		Set<ThematicCluster> clusters = EnumSet.noneOf(ThematicCluster.class);
		for (String value : form.clusters()) {
			ThematicCluster cluster = parse(ThematicCluster.class, value);
			if (cluster == null) {
				throw new UserInputException("capacity.error.cluster");
			}
			clusters.add(cluster);
		}
		List<LanguageVersion> versions = new ArrayList<>();
		for (String language : CapacityResource.LANGUAGES) {
			ResourceForm.VersionInput input = form.versions().get(language);
			if (input == null || input.isBlank()) {
				continue;
			}
			versions.add(version(language, input));
		}
		if (versions.isEmpty()) {
			throw new UserInputException("capacity.error.noVersion");
		}
		resource.describe(kind, instruments, clusters, versions, now());
	}

	private LanguageVersion version(String language, ResourceForm.VersionInput input) {
		String title = strip(input.title());
		String description = strip(input.description());
		if (title.isEmpty() || title.length() > 300) {
			throw new UserInputException("capacity.error.title");
		}
		if (description.isEmpty() || description.length() > 4000) {
			throw new UserInputException("capacity.error.description");
		}
		String url = strip(input.url());
		String document = strip(input.document());
		if (url.isEmpty() == document.isEmpty()) {
			throw new UserInputException("capacity.error.linkOrDocument");
		}
		if (!url.isEmpty()) {
			return new LanguageVersion(language, title, description, checkedUrl(url), null);
		}
		long documentId;
		try {
			documentId = Long.parseLong(document);
		}
		catch (NumberFormatException ex) {
			throw new UserInputException("capacity.error.document");
		}
		try {
			// Only a document anyone may read: the library is public.
			this.documents.readable(documentId, null);
		}
		catch (NotFoundException ex) {
			throw new UserInputException("capacity.error.document");
		}
		return new LanguageVersion(language, title, description, null, documentId);
	}

	static String checkedUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (url.length() > 1000 || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
				throw new UserInputException("capacity.error.url");
			}
			return uri.toString();
		}
		catch (URISyntaxException ex) {
			throw new UserInputException("capacity.error.url");
		}
	}

	private static Map<String, Object> snapshot(CapacityResource r) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("kind", r.getKind());
		map.put("instruments", r.getInstruments());
		map.put("clusters", r.getClusters());
		map.put("published", r.isPublished());
		for (LanguageVersion v : r.getVersions()) {
			map.put(v.getLanguage(), v.getTitle() + " <" + v.getHref() + ">");
		}
		return map;
	}

	// Events

	/** Events not yet over, soonest first: the public list. */
	@Transactional(readOnly = true)
	public List<CapacityEvent> upcoming() {
		return this.events.findByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(today());
	}

	@Transactional(readOnly = true)
	public List<CapacityEvent> allEvents() {
		return this.events.findAllByOrderByStartsOnAscIdAsc();
	}

	@Transactional(readOnly = true)
	public CapacityEvent event(long id) {
		return this.events.findById(id).orElseThrow(() -> new NotFoundException("event"));
	}

	@Transactional
	public CapacityEvent createEvent(EventForm form) {
		CapacityEvent event = this.events.save(new CapacityEvent(form, now()));
		this.audit.record("capacity.event.created", "capacity-event", String.valueOf(event.getId()), null,
				snapshot(event));
		return event;
	}

	@Transactional
	public CapacityEvent updateEvent(long id, long seenVersion, EventForm form) {
		CapacityEvent event = event(id);
		if (event.getVersion() != seenVersion) {
			throw new ConcurrentEditException("event " + id);
		}
		Map<String, Object> before = snapshot(event);
		event.change(form);
		this.audit.record("capacity.event.changed", "capacity-event", String.valueOf(id), before, snapshot(event));
		return event;
	}

	/** Seats taken by confirmed registrations. */
	@Transactional(readOnly = true)
	public long seatsTaken(long eventId) {
		return this.registrations.countByEventIdAndStatus(eventId, RegistrationStatus.CONFIRMED);
	}

	/**
	 * Every registration of an event, in order of registration: the secretariat's view.
	 */
	@Transactional(readOnly = true)
	public List<EventRegistration> registrations(long eventId) {
		event(eventId);
		return this.registrations.findByEventIdOrderByQueuedAtAscIdAsc(eventId);
	}

	/** The registration of the person's organisation, if it ever registered. */
	@Transactional(readOnly = true)
	public Optional<EventRegistration> registrationOf(long eventId, String username) {
		Account person = (username != null) ? this.accounts.find(username).orElse(null) : null;
		if (person == null || person.getRole() != Role.CIVIL_SOCIETY || person.getOrganisationId() == null) {
			return Optional.empty();
		}
		return this.registrations.findByEventIdAndOrganisationId(eventId, person.getOrganisationId());
	}

	/**
	 * Registers the person's organisation, naming who attends: a seat if one is free,
	 * else a place on the waiting list. The event's row is locked meanwhile, so of two
	 * organisations asking for the last seat at once one gets it and the other waits.
	 */
	@Transactional
	public EventRegistration register(long eventId, String username, String attendee) {
		Account person = member(username);
		String name = strip(attendee);
		if (name.isEmpty() || name.length() > 200) {
			throw new UserInputException("capacity.error.attendee");
		}
		CapacityEvent event = this.events.lockById(eventId).orElseThrow(() -> new NotFoundException("event"));
		if (!event.isOpenForRegistration(today())) {
			throw new UserInputException("capacity.error.closed");
		}
		EventRegistration registration = this.registrations
			.findByEventIdAndOrganisationId(eventId, person.getOrganisationId())
			.orElseGet(() -> new EventRegistration(eventId, person.getOrganisationId()));
		if (registration.isActive()) {
			throw new UserInputException("capacity.error.already");
		}
		boolean seatFree = this.registrations.countByEventIdAndStatus(eventId, RegistrationStatus.CONFIRMED) < event
			.getSeats();
		registration.register(person.getId(), name, seatFree, now());
		this.registrations.save(registration);
		this.audit.record("capacity.registration." + registration.getStatus().name().toLowerCase(Locale.ROOT),
				"capacity-event", String.valueOf(eventId), null,
				Map.of("organisation", person.getOrganisationId(), "attendee", name));
		return registration;
	}

	/**
	 * Cancels the organisation's registration; a seat it held goes to the first on the
	 * waiting list, who is told.
	 */
	@Transactional
	public void cancel(long eventId, String username) {
		Account person = member(username);
		CapacityEvent event = this.events.lockById(eventId).orElseThrow(() -> new NotFoundException("event"));
		EventRegistration registration = this.registrations
			.findByEventIdAndOrganisationId(eventId, person.getOrganisationId())
			.filter(EventRegistration::isActive)
			.orElseThrow(() -> new UserInputException("capacity.error.notRegistered"));
		boolean heldSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
		registration.cancel(now());
		this.audit.record("capacity.registration.cancelled", "capacity-event", String.valueOf(eventId), null,
				Map.of("organisation", person.getOrganisationId()));
		if (heldSeat) {
			this.registrations.flush();
			promote(event);
		}
	}

	private void promote(CapacityEvent event) {
		long free = event.getSeats()
				- this.registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.CONFIRMED);
		for (EventRegistration waiting : this.registrations.findByEventIdAndStatusOrderByQueuedAtAscIdAsc(event.getId(),
				RegistrationStatus.WAITING)) {
			if (free <= 0) {
				return;
			}
			waiting.promote(now());
			free--;
			this.audit.record("capacity.registration.promoted", "capacity-event", String.valueOf(event.getId()), null,
					Map.of("organisation", waiting.getOrganisationId()));
			this.publisher.publishEvent(new NotificationRequested(Set.of(waiting.getRegisteredBy()),
					NotificationKind.CAPACITY_EVENT, "capacity.notification.promoted", List.of(event.getTitle()),
					"/capacity/events/" + event.getId()));
		}
	}

	private Account member(String username) {
		Account person = (username != null) ? this.accounts.find(username).orElse(null) : null;
		if (person == null || person.getRole() != Role.CIVIL_SOCIETY) {
			throw new AccessDeniedException("only organisations register for events");
		}
		if (person.getOrganisationId() == null) {
			throw new UserInputException("capacity.error.noOrganisation");
		}
		return person;
	}

	private static Map<String, Object> snapshot(CapacityEvent e) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("kind", e.getKind());
		map.put("title", e.getTitle());
		map.put("dates", e.getStartsOn() + "/" + e.getEndsOn());
		map.put("place", e.getPlace());
		map.put("online", e.isOnline());
		map.put("languages", e.getLanguages());
		map.put("seats", e.getSeats());
		map.put("deadline", e.getRegistrationDeadline());
		return map;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
