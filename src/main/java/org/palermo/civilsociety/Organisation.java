package org.palermo.civilsociety;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.palermo.instruments.Instrument;
import org.palermo.system.UserInputException;

/** A civil society organisation whose members take part in the Mechanism. */
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private String countryCode;

	private String website;

	@Enumerated(EnumType.STRING)
	private OrganisationStatus status;

	private boolean listed;

	@Enumerated(EnumType.STRING)
	private EcosocStatus ecosocStatus;

	private String countriesOfWork;

	private String instruments;

	private String themes;

	private String contactName;

	private String contactEmail;

	private boolean grassroots;

	private Long administratorId;

	private Instant registeredAt;

	private String decidedBy;

	private Instant decidedAt;

	private String rejectionReason;

	@Version
	private long version;

	protected Organisation() {
	}

	/** An organisation the secretariat records itself: verified at once, not listed. */
	Organisation(String name, OrganisationKind kind, String countryCode, String website) {
		this.name = name;
		this.kind = kind;
		this.countryCode = countryCode;
		this.website = website;
		this.status = OrganisationStatus.VERIFIED;
		this.ecosocStatus = EcosocStatus.NONE;
		this.countriesOfWork = (countryCode != null) ? countryCode : "";
		this.instruments = "";
		this.themes = "";
	}

	/**
	 * An organisation that registered itself: pending until the secretariat verifies it.
	 */
	Organisation(OrganisationForm form, Instant now) {
		this(form.name().strip(), form.kind(), form.countryCode(), blankToNull(form.website()));
		this.status = OrganisationStatus.PENDING;
		this.ecosocStatus = form.ecosocStatus();
		this.countriesOfWork = join(form.countriesOfWork());
		this.instruments = join(form.instruments().stream().map(Instrument::name).toList());
		this.themes = join(form.themes().stream().map(WorkingGroup::name).toList());
		this.contactName = form.contactName().strip();
		this.contactEmail = form.contactEmail().strip();
		this.listed = form.listed();
		this.grassroots = form.grassroots();
		this.registeredAt = now;
	}

	void administeredBy(long accountId) {
		this.administratorId = accountId;
	}

	/** The secretariat verified who the organisation is. */
	void verify(String by, Instant at) {
		if (this.status != OrganisationStatus.PENDING) {
			throw new UserInputException("civilsociety.error.notPending");
		}
		this.status = OrganisationStatus.VERIFIED;
		this.decidedBy = by;
		this.decidedAt = at;
		this.rejectionReason = null;
	}

	/** The secretariat refused the registration, saying why. */
	void reject(String by, Instant at, String reason) {
		if (this.status != OrganisationStatus.PENDING) {
			throw new UserInputException("civilsociety.error.notPending");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new UserInputException("civilsociety.error.reason");
		}
		this.status = OrganisationStatus.REJECTED;
		this.decidedBy = by;
		this.decidedAt = at;
		this.rejectionReason = reason.strip();
	}

	void setListed(boolean listed) {
		this.listed = listed;
	}

	public boolean isVerified() {
		return this.status == OrganisationStatus.VERIFIED;
	}

	/** Shown in the public directory: verified and agreed to be listed. */
	public boolean isPublic() {
		return isVerified() && this.listed;
	}

	private static String join(Collection<String> values) {
		return values.stream().distinct().sorted().collect(Collectors.joining(","));
	}

	private static List<String> split(String value) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.asList(value.split(","));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public String getWebsite() {
		return this.website;
	}

	public OrganisationStatus getStatus() {
		return this.status;
	}

	public boolean isListed() {
		return this.listed;
	}

	public EcosocStatus getEcosocStatus() {
		return this.ecosocStatus;
	}

	public List<String> getCountriesOfWork() {
		return split(this.countriesOfWork);
	}

	public List<Instrument> getInstruments() {
		return split(this.instruments).stream().map(Instrument::valueOf).toList();
	}

	public List<WorkingGroup> getThemes() {
		return split(this.themes).stream().map(WorkingGroup::valueOf).toList();
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public boolean isGrassroots() {
		return this.grassroots;
	}

	public Long getAdministratorId() {
		return this.administratorId;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	public long getVersion() {
		return this.version;
	}

}
