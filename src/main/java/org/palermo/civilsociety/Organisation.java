package org.palermo.civilsociety;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

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

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(String name, OrganisationKind kind, String countryCode, String website) {
		this.name = name;
		this.kind = kind;
		this.countryCode = countryCode;
		this.website = website;
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

}
