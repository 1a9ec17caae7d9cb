package org.palermo.civilsociety;

import java.util.Optional;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what in civil society's own spaces, decided in one place: the constructive
 * dialogues (who sees applications and every name, who objects, who applies) and the
 * national working groups. Controllers and templates ask it
 * ({@code @civilSocietyPolicy.may(#authentication?.name, ...)}); services check it again.
 * What concerns a country review stays with {@code cycle.ReviewPolicy}.
 */
@Component("civilSocietyPolicy")
public class CivilSocietyPolicy {

	/** Actions on a constructive dialogue. */
	public enum DialogueAction {

		/** Read every application, with its organisation and the objections. */
		SEE_APPLICATIONS,
		/** Object to an application within the objection period. */
		OBJECT,
		/** Know every participating organisation, including those not listed. */
		SEE_ALL_NAMES,
		/** Apply and send written statements for one's organisation. */
		TAKE_PART

	}

	/** Actions on a national working group. */
	public enum GroupAction {

		/** Read the shared space: members, discussion, documents, joint input, letter. */
		READ_SPACE,
		/** Write in the discussion, add documents, submit input for the group. */
		CONTRIBUTE,
		/** Invite organisations, hand the coordination over, send the letter. */
		COORDINATE,
		/** Accept the group's invitation for one's organisation. */
		ACCEPT,
		/** Take one's organisation out of the group. */
		LEAVE

	}

	/**
	 * Who asks, as far as the decisions need it.
	 *
	 * @param role the person's role, {@code null} for nobody signed in
	 * @param organisationAdministrator whether the person administers their organisation
	 * @param organisationVerified whether their organisation is verified
	 * @param membership where their organisation stands in the group ({@code null}: not
	 * in it)
	 * @param coordinator whether the person coordinates the group
	 */
	record Who(Role role, boolean organisationAdministrator, boolean organisationVerified,
			GroupMember.Status membership, boolean coordinator) {

		static final Who NOBODY = new Who(null, false, false, null, false);

	}

	private final AccountService accounts;

	private final OrganisationRepository organisations;

	private final NationalGroupRepository groups;

	private final GroupMemberRepository members;

	CivilSocietyPolicy(AccountService accounts, OrganisationRepository organisations, NationalGroupRepository groups,
			GroupMemberRepository members) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.groups = groups;
		this.members = members;
	}

	@Transactional(readOnly = true)
	public boolean may(String username, DialogueAction action) {
		return decide(who(username, null), action);
	}

	@Transactional(readOnly = true)
	public boolean may(String username, GroupAction action, Long groupId) {
		return groupId != null && decide(who(username, groupId), action);
	}

	/** The table of dialogue decisions. */
	static boolean decide(Who who, DialogueAction action) {
		Role role = who.role();
		return switch (action) {
			case SEE_APPLICATIONS, SEE_ALL_NAMES -> role == Role.SECRETARIAT || role == Role.BUREAU;
			case OBJECT -> role == Role.BUREAU;
			case TAKE_PART -> role == Role.CIVIL_SOCIETY;
		};
	}

	/** The table of group decisions. */
	static boolean decide(Who who, GroupAction action) {
		boolean member = who.role() == Role.CIVIL_SOCIETY && who.membership() == GroupMember.Status.MEMBER;
		return switch (action) {
			case READ_SPACE -> who.role() == Role.SECRETARIAT || member;
			case CONTRIBUTE -> member && who.organisationVerified();
			case COORDINATE -> member && who.organisationVerified() && who.coordinator();
			case ACCEPT -> who.role() == Role.CIVIL_SOCIETY && who.organisationVerified()
					&& who.organisationAdministrator() && who.membership() == GroupMember.Status.INVITED;
			case LEAVE -> member && who.organisationAdministrator() && !who.coordinator();
		};
	}

	private Who who(String username, Long groupId) {
		Optional<Account> found = (username != null) ? this.accounts.find(username).filter(Account::isEnabled)
				: Optional.empty();
		if (found.isEmpty()) {
			return Who.NOBODY;
		}
		Account account = found.get();
		if (account.getRole() != Role.CIVIL_SOCIETY || account.getOrganisationId() == null) {
			return new Who(account.getRole(), false, false, null, false);
		}
		Optional<Organisation> organisation = this.organisations.findById(account.getOrganisationId());
		boolean administrator = organisation.map((o) -> account.getId().equals(o.getAdministratorId())).orElse(false);
		boolean verified = organisation.map(Organisation::isVerified).orElse(false);
		GroupMember.Status membership = null;
		boolean coordinator = false;
		if (groupId != null) {
			membership = this.members.findByGroupIdAndOrganisationId(groupId, account.getOrganisationId())
				.map(GroupMember::getStatus)
				.orElse(null);
			coordinator = this.groups.findById(groupId)
				.map((g) -> account.getId().equals(g.getCoordinatorAccountId()))
				.orElse(false);
		}
		return new Who(account.getRole(), administrator, verified, membership, coordinator);
	}

}
