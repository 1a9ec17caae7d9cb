package org.palermo.cycle;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewMemberRepository extends JpaRepository<ReviewMember, Long> {

	List<ReviewMember> findByReviewIdOrderByNamedAtAsc(Long reviewId);

	List<ReviewMember> findByReviewIdInOrderByNamedAtAsc(Collection<Long> reviewIds);

	List<ReviewMember> findByAccountIdAndEndedAtIsNull(Long accountId);

	List<ReviewMember> findByReviewIdInAndEndedAtIsNull(Collection<Long> reviewIds);

	List<ReviewMember> findByReviewIdAndEndedAtIsNull(Long reviewId);

}
