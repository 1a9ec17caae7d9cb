package org.palermo.civilsociety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.palermo.system.UserInputException;

/**
 * A national working group: organisations of one country who work together, led by a
 * coordinator (the administrator of one member organisation).
 */
@Entity
public class NationalGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String countryCode;

	private String name;

	private Long coordinatorOrganisationId;

	private Long coordinatorAccountId;

	private boolean publiclyListed;

	private Instant createdAt;

	/**
	 * When the coordinator first sent the letter to the focal points; null until then.
	 */
	private Instant letterSentAt;

	@Version
	private long version;

	protected NationalGroup() {
	}

	NationalGroup(String countryCode, String name, long organisationId, long accountId, boolean publiclyListed,
			Instant now) {
		this.countryCode = countryCode;
		this.name = validName(name);
		this.coordinatorOrganisationId = organisationId;
		this.coordinatorAccountId = accountId;
		this.publiclyListed = publiclyListed;
		this.createdAt = now;
	}

	/** Another member organisation's administrator coordinates the group from now on. */
	void handOver(long organisationId, long accountId) {
		if (organisationId == this.coordinatorOrganisationId) {
			throw new UserInputException("nwg.error.handOver");
		}
		this.coordinatorOrganisationId = organisationId;
		this.coordinatorAccountId = accountId;
	}

	static String validName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw new UserInputException("nwg.error.name");
		}
		return name.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public String getName() {
		return this.name;
	}

	public Long getCoordinatorOrganisationId() {
		return this.coordinatorOrganisationId;
	}

	public Long getCoordinatorAccountId() {
		return this.coordinatorAccountId;
	}

	public boolean isPubliclyListed() {
		return this.publiclyListed;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Records that the letter went to the focal points (the first time only): from then
	 * on they may read it.
	 */
	void letterSent(Instant now) {
		if (this.letterSentAt == null) {
			this.letterSentAt = now;
		}
	}

	public Instant getLetterSentAt() {
		return this.letterSentAt;
	}

	public long getVersion() {
		return this.version;
	}

}
