package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.palermo.system.UserInputException;

/** An organisation's place in a national working group: invited, member, or gone. */
@Entity
@Table(name = "national_group_member")
public class GroupMember {

	/** Where an organisation stands in a group. */
	public enum Status {

		INVITED, MEMBER, LEFT;

		public String labelKey() {
			return "nwg.member." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long groupId;

	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant invitedAt;

	private Instant joinedAt;

	private Instant leftAt;

	@Version
	private long version;

	protected GroupMember() {
	}

	/** The founding organisation: a member at once. */
	static GroupMember founder(long groupId, long organisationId, Instant now) {
		GroupMember member = new GroupMember(groupId, organisationId, now);
		member.status = Status.MEMBER;
		member.joinedAt = now;
		return member;
	}

	GroupMember(long groupId, long organisationId, Instant now) {
		this.groupId = groupId;
		this.organisationId = organisationId;
		this.status = Status.INVITED;
		this.invitedAt = now;
	}

	/** Invited again after leaving. */
	void reinvite(Instant now) {
		if (this.status != Status.LEFT) {
			throw new UserInputException("nwg.error.alreadyInvited");
		}
		this.status = Status.INVITED;
		this.invitedAt = now;
		this.leftAt = null;
	}

	void accept(Instant now) {
		if (this.status != Status.INVITED) {
			throw new UserInputException("nwg.error.notInvited");
		}
		this.status = Status.MEMBER;
		this.joinedAt = now;
	}

	void leave(Instant now) {
		if (this.status == Status.LEFT) {
			throw new UserInputException("nwg.error.notMember");
		}
		this.status = Status.LEFT;
		this.leftAt = now;
	}

	public boolean isMember() {
		return this.status == Status.MEMBER;
	}

	public Long getId() {
		return this.id;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getJoinedAt() {
		return this.joinedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
