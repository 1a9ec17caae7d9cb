package org.palermo.civilsociety;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

	List<GroupMember> findByGroupIdOrderByIdAsc(Long groupId);

	List<GroupMember> findByOrganisationIdOrderByIdAsc(Long organisationId);

	Optional<GroupMember> findByGroupIdAndOrganisationId(Long groupId, Long organisationId);

}
