package org.palermo.civilsociety;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.instruments.Instrument;
import org.palermo.parties.PartyService;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The civil society module's front door for organisations and their members. */
@Service
public class OrganisationService {

	private final OrganisationRepository organisations;

	private final AccountService accounts;

	private final PartyService parties;

	private final AuditService audit;

	private final Clock clock;

	OrganisationService(OrganisationRepository organisations, AccountService accounts, PartyService parties,
			AuditService audit, Clock clock) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.parties = parties;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Organisation> all() {
		return this.organisations.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> find(Long id) {
		return (id != null) ? this.organisations.findById(id) : Optional.empty();
	}

	/** An organisation the secretariat records itself (verified at once). */
	@Transactional
	public Organisation register(String name, OrganisationKind kind, String countryCode, String website) {
		Organisation organisation = this.organisations.save(new Organisation(name, kind, countryCode, website));
		this.audit.record("organisation.registered", "organisation", String.valueOf(organisation.getId()), null,
				snapshot(organisation));
		return organisation;
	}

	/**
	 * Makes one of the organisation's members its administrator (demo data, secretariat).
	 */
	@Transactional
	public void appointAdministrator(long organisationId, long accountId) {
		Organisation organisation = organisation(organisationId);
		Map<String, Object> before = snapshot(organisation);
		organisation.administeredBy(accountId);
		this.audit.record("organisation.administrator", "organisation", String.valueOf(organisationId), before,
				snapshot(organisation));
	}

	/**
	 * An organisation registers itself: it waits for the secretariat's verification, and
	 * the person registering becomes its administrator, invited by mail to set a
	 * password.
	 */
	@Transactional
	public Organisation registerSelf(OrganisationForm form) {
		if (!OrganisationKind.REGISTRABLE.contains(form.kind())) {
			throw new UserInputException("civilsociety.error.kind");
		}
		if (!this.parties.exists(form.countryCode())) {
			throw new UserInputException("civilsociety.error.country");
		}
		if (form.countriesOfWork().size() > 200
				|| !form.countriesOfWork().stream().allMatch((c) -> c.matches("[A-Z]{2}") && this.parties.exists(c))) {
			throw new UserInputException("civilsociety.error.countriesOfWork");
		}
		Organisation organisation = this.organisations.save(new Organisation(form, Instant.now(this.clock)));
		Account administrator = this.accounts.invite(new InvitationForm(form.username(), form.displayName(),
				form.email(), Role.CIVIL_SOCIETY, null, organisation.getId()));
		organisation.administeredBy(administrator.getId());
		this.audit.recordAs(form.username(), "organisation.selfRegistered", "organisation",
				String.valueOf(organisation.getId()), null, snapshot(organisation));
		return organisation;
	}

	/** Registrations waiting for the secretariat first, then the others by name. */
	@Transactional(readOnly = true)
	public List<Organisation> forSecretariat() {
		return this.organisations.findAll()
			.stream()
			.sorted(Comparator.comparing((Organisation o) -> o.getStatus() != OrganisationStatus.PENDING)
				.thenComparing(Organisation::getName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Transactional
	public void verify(long id, long seenVersion, String by) {
		Organisation organisation = current(id, seenVersion);
		Map<String, Object> before = snapshot(organisation);
		organisation.verify(by, Instant.now(this.clock));
		this.audit.record("organisation.verified", "organisation", String.valueOf(id), before, snapshot(organisation));
	}

	@Transactional
	public void reject(long id, long seenVersion, String by, String reason) {
		Organisation organisation = current(id, seenVersion);
		Map<String, Object> before = snapshot(organisation);
		organisation.reject(by, Instant.now(this.clock), reason);
		Map<String, Object> after = snapshot(organisation);
		after.put("reason", organisation.getRejectionReason());
		this.audit.record("organisation.rejected", "organisation", String.valueOf(id), before, after);
	}

	/** The public directory: verified organisations that agreed to be listed. */
	@Transactional(readOnly = true)
	public List<Organisation> directory(String country, Instrument instrument, OrganisationKind kind) {
		return this.organisations.findAllByOrderByNameAsc()
			.stream()
			.filter(Organisation::isPublic)
			.filter((o) -> country == null || country.equals(o.getCountryCode())
					|| o.getCountriesOfWork().contains(country))
			.filter((o) -> instrument == null || o.getInstruments().contains(instrument))
			.filter((o) -> kind == null || o.getKind() == kind)
			.toList();
	}

	/** One organisation of the directory; any other answers 404, existing or not. */
	@Transactional(readOnly = true)
	public Organisation listed(long id) {
		return this.organisations.findById(id)
			.filter(Organisation::isPublic)
			.orElseThrow(() -> new NotFoundException("organisation"));
	}

	/** The organisation the signed-in person belongs to. */
	@Transactional(readOnly = true)
	public Membership membershipOf(String username) {
		Account account = this.accounts.find(username)
			.filter(Account::isEnabled)
			.filter((a) -> a.getRole() == Role.CIVIL_SOCIETY)
			.orElseThrow(() -> new AccessDeniedException("not a member of an organisation"));
		Organisation organisation = organisation(account.getOrganisationId());
		return new Membership(account, organisation, account.getId().equals(organisation.getAdministratorId()));
	}

	/** The organisation a person belongs to, if they are an enabled member of one. */
	@Transactional(readOnly = true)
	public Optional<Long> organisationIdOf(String username) {
		return this.accounts.find(username)
			.filter(Account::isEnabled)
			.filter((a) -> a.getRole() == Role.CIVIL_SOCIETY)
			.map(Account::getOrganisationId);
	}

	/** A person of a verified organisation, who may act for it. */
	@Transactional(readOnly = true)
	public Membership verifiedMembershipOf(String username) {
		Membership membership = membershipOf(username);
		if (!membership.organisation().isVerified()) {
			throw new UserInputException("civilsociety.error.notVerified");
		}
		return membership;
	}

	@Transactional(readOnly = true)
	public List<Account> members(long organisationId) {
		return this.accounts.membersOf(organisationId);
	}

	/** The person administers a verified organisation; anyone else is refused. */
	@Transactional(readOnly = true)
	public Membership requireAdministrator(String username) {
		Membership membership = membershipOf(username);
		if (!membership.administrator()) {
			throw new AccessDeniedException("only the organisation's administrator");
		}
		return membership;
	}

	/**
	 * The organisation's administrator invites a colleague, who receives a one-use link.
	 */
	@Transactional
	public Account inviteMember(String administrator, MemberForm form) {
		Membership membership = requireAdministrator(administrator);
		if (!membership.organisation().isVerified()) {
			throw new UserInputException("civilsociety.error.notVerified");
		}
		return this.accounts.invite(new InvitationForm(form.username(), form.displayName(), form.email(),
				Role.CIVIL_SOCIETY, null, membership.organisation().getId()));
	}

	/**
	 * The administrator lists the organisation in the public directory, or withdraws it.
	 */
	@Transactional
	public void changeListing(String administrator, long seenVersion, boolean listed) {
		Membership membership = requireAdministrator(administrator);
		Organisation organisation = current(membership.organisation().getId(), seenVersion);
		Map<String, Object> before = snapshot(organisation);
		organisation.setListed(listed);
		this.audit.record("organisation.listing", "organisation", String.valueOf(organisation.getId()), before,
				snapshot(organisation));
	}

	Organisation organisation(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("organisation"));
	}

	private Organisation current(long id, long seenVersion) {
		Organisation organisation = organisation(id);
		if (organisation.getVersion() != seenVersion) {
			throw new ConcurrentEditException("organisation " + id);
		}
		return organisation;
	}

	private static Map<String, Object> snapshot(Organisation o) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", o.getName());
		state.put("kind", o.getKind().name());
		state.put("countryCode", o.getCountryCode());
		state.put("status", o.getStatus().name());
		state.put("listed", o.isListed());
		state.put("administratorId", o.getAdministratorId());
		return state;
	}

	/** A person, their organisation, and whether they administer it. */
	public record Membership(Account account, Organisation organisation, boolean administrator) {
	}

}
