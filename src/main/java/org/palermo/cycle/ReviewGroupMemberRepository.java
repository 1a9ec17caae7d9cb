package org.palermo.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewGroupMemberRepository extends JpaRepository<ReviewGroupMember, String> {

	List<ReviewGroupMember> findByReviewGroupOrderByPartyCodeAsc(int reviewGroup);

}
