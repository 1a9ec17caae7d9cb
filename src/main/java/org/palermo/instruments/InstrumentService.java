package org.palermo.instruments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.audit.AuditService;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instruments module's front door: articles, clusters and the secretariat's edits to
 * the mapping.
 */
@Service
public class InstrumentService {

	private static final Comparator<Article> READING_ORDER = Comparator
		.comparing((Article article) -> article.getInstrument().ordinal())
		.thenComparingInt(Article::getNumber);

	private final ArticleRepository articles;

	private final ArticleClusterChangeRepository changes;

	private final AuditService audit;

	private final Clock clock;

	InstrumentService(ArticleRepository articles, ArticleClusterChangeRepository changes, AuditService audit,
			Clock clock) {
		this.articles = articles;
		this.changes = changes;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every article, grouped by instrument in the order Convention, TIP, SOM, FA. */
	@Transactional(readOnly = true)
	public Map<Instrument, List<Article>> articlesByInstrument() {
		Map<Instrument, List<Article>> result = new LinkedHashMap<>();
		for (Instrument instrument : Instrument.values()) {
			result.put(instrument, new ArrayList<>());
		}
		this.articles.findAllWithTitles()
			.stream()
			.sorted(READING_ORDER)
			.forEach((a) -> result.get(a.getInstrument()).add(a));
		return result;
	}

	@Transactional(readOnly = true)
	public Article article(long id) {
		return this.articles.findById(id).orElseThrow(() -> new NotFoundException("article"));
	}

	@Transactional(readOnly = true)
	public List<ArticleClusterChange> historyOf(long articleId) {
		return this.changes.findByArticleIdOrderByChangedAtDescIdDesc(articleId);
	}

	@Transactional(readOnly = true)
	public List<ArticleClusterChange> recentChanges() {
		return this.changes.findTop50ByOrderByChangedAtDescIdDesc();
	}

	/**
	 * The secretariat moves an article to another cluster. The version the user saw must
	 * still be current, so a concurrent edit is refused rather than overwritten.
	 */
	@Transactional
	public Article moveArticle(long articleId, long seenVersion, ThematicCluster newCluster, String reason) {
		Article article = article(articleId);
		if (article.getVersion() != seenVersion) {
			throw new ConcurrentEditException("article " + articleId);
		}
		Map<String, Object> before = snapshot(article);
		ThematicCluster oldCluster = article.getCluster();
		ClusterBasis oldBasis = article.getClusterBasis();
		article.placeIn(newCluster);
		this.articles.saveAndFlush(article);
		String actor = AuditService.currentActor();
		this.changes.save(new ArticleClusterChange(articleId, oldCluster, oldBasis, article, reason, actor,
				Instant.now(this.clock)));
		this.audit.record("article.cluster.changed", "article", String.valueOf(articleId), before, snapshot(article));
		return article;
	}

	private static Map<String, Object> snapshot(Article article) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("instrument", article.getInstrument().name());
		state.put("number", article.getNumber());
		state.put("cluster", (article.getCluster() != null) ? article.getCluster().name() : null);
		state.put("clusterBasis", (article.getClusterBasis() != null) ? article.getClusterBasis().name() : null);
		return state;
	}

}
