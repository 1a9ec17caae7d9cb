package org.palermo.instruments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One step in the history of an article's cluster placement. */
@Entity
public class ArticleClusterChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "article_id")
	private Long articleId;

	@Enumerated(EnumType.STRING)
	private ThematicCluster oldCluster;

	@Enumerated(EnumType.STRING)
	private ThematicCluster newCluster;

	@Enumerated(EnumType.STRING)
	private ClusterBasis oldBasis;

	@Enumerated(EnumType.STRING)
	private ClusterBasis newBasis;

	private String reason;

	private String changedBy;

	private Instant changedAt;

	protected ArticleClusterChange() {
	}

	ArticleClusterChange(Long articleId, ThematicCluster oldCluster, ClusterBasis oldBasis, Article after,
			String reason, String changedBy, Instant changedAt) {
		this.articleId = articleId;
		this.oldCluster = oldCluster;
		this.oldBasis = oldBasis;
		this.newCluster = after.getCluster();
		this.newBasis = after.getClusterBasis();
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public ThematicCluster getOldCluster() {
		return this.oldCluster;
	}

	public ThematicCluster getNewCluster() {
		return this.newCluster;
	}

	public ClusterBasis getOldBasis() {
		return this.oldBasis;
	}

	public ClusterBasis getNewBasis() {
		return this.newBasis;
	}

	public String getReason() {
		return this.reason;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
