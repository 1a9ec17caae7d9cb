package org.palermo.cycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.audit.AuditService;
import org.palermo.instruments.ThematicCluster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review cycle's front door. */
@Service
public class CycleService {

	private final CountryReviewRepository reviews;

	private final AuditService audit;

	CycleService(CountryReviewRepository reviews, AuditService audit) {
		this.reviews = reviews;
		this.audit = audit;
	}

	/** The reviews of a State under review, cluster by cluster. */
	@Transactional(readOnly = true)
	public List<CountryReview> reviewsOf(String stateUnderReview) {
		return this.reviews.findByStateUnderReviewOrderByClusterAsc(stateUnderReview);
	}

	/** The reviews in which a State is a reviewing State. */
	@Transactional(readOnly = true)
	public List<CountryReview> reviewsBy(String reviewingState) {
		return this.reviews.findReviewedBy(reviewingState);
	}

	/** Opens the review of a State on one cluster with its reviewing States. */
	@Transactional
	public CountryReview openReview(String stateUnderReview, ThematicCluster cluster, Integer reviewGroup,
			LocalDate startedOn, List<Reviewer> reviewers) {
		CountryReview review = this.reviews
			.save(new CountryReview(stateUnderReview, cluster, reviewGroup, startedOn, reviewers));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("stateUnderReview", stateUnderReview);
		after.put("cluster", cluster.name());
		after.put("reviewers", reviewers.stream().map(Reviewer::getPartyCode).toList());
		this.audit.record("review.opened", "country-review", String.valueOf(review.getId()), null, after);
		return review;
	}

}
