package org.palermo.civilsociety;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * National working groups as JSON: the groups that chose to be public, for anyone; an
 * organisation's own groups, for its members. A group's shared space has no public API.
 */
@RestController
@Tag(name = "Civil society")
class NationalGroupApiController {

	private final NationalGroupService groups;

	NationalGroupApiController(NationalGroupService groups) {
		this.groups = groups;
	}

	@GetMapping("/api/groups")
	@Operation(summary = "National working groups that chose to be public: country, name, the member organisations "
			+ "listed in the directory, and how many others")
	List<PublicGroupJson> publicGroups() {
		return this.groups.publicGroups().stream().map(PublicGroupJson::of).toList();
	}

	@GetMapping("/api/groups/{id}")
	@Operation(summary = "One public national working group; 404 problem+json for any other id")
	PublicGroupJson publicGroup(@PathVariable long id) {
		return PublicGroupJson.of(this.groups.publicGroup(id));
	}

	@GetMapping("/api/organisation/groups")
	@Operation(summary = "The national working groups of the caller's organisation, with where it stands "
			+ "(INVITED, MEMBER)")
	List<OwnGroupJson> ownGroups(Principal principal) {
		return this.groups.ofOwnOrganisation(principal.getName())
			.stream()
			.map((l) -> new OwnGroupJson(l.group().getId(), l.group().getCountryCode(), l.group().getName(),
					l.status().name(), l.group().isPubliclyListed(), l.group().getCreatedAt()))
			.toList();
	}

	/** A public group. */
	record PublicGroupJson(long id, String country, String name, List<String> organisations, int otherOrganisations) {

		static PublicGroupJson of(NationalGroupService.PublicGroup group) {
			return new PublicGroupJson(group.group().getId(), group.group().getCountryCode(), group.group().getName(),
					group.organisations(), group.otherOrganisations());
		}

	}

	/** One of the caller's organisation's groups. */
	record OwnGroupJson(long id, String country, String name, String status, boolean publiclyListed,
			Instant createdAt) {
	}

}
