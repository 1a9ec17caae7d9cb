package org.palermo.deskreview;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SummaryClearanceRepository extends JpaRepository<SummaryClearance, Long> {

	List<SummaryClearance> findBySummaryIdOrderById(long summaryId);

	List<SummaryClearance> findBySummaryIdAndWithdrawnAtIsNull(long summaryId);

}
