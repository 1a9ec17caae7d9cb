package org.palermo.instruments;

import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

/** One article of an instrument, placed in at most one thematic cluster. */
@Entity
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Instrument instrument;

	private int number;

	@Column(name = "title_en")
	private String titleEn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "article_title", joinColumns = @JoinColumn(name = "article_id"))
	@MapKeyColumn(name = "lang")
	@Column(name = "title")
	private Map<String, String> titles;

	@Enumerated(EnumType.STRING)
	private ThematicCluster cluster;

	@Enumerated(EnumType.STRING)
	@Column(name = "cluster_basis")
	private ClusterBasis clusterBasis;

	@Version
	private long version;

	protected Article() {
	}

	public Long getId() {
		return this.id;
	}

	public Instrument getInstrument() {
		return this.instrument;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	/** The title in the given language where known, otherwise the English one. */
	public String title(Locale locale) {
		String translated = this.titles.get(locale.getLanguage());
		return (translated != null) ? translated : this.titleEn;
	}

	/** Whether the title exists in the given language (English always does). */
	public boolean hasTitleIn(Locale locale) {
		return "en".equals(locale.getLanguage()) || this.titles.containsKey(locale.getLanguage());
	}

	public ThematicCluster getCluster() {
		return this.cluster;
	}

	public ClusterBasis getClusterBasis() {
		return this.clusterBasis;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Moves the article to another cluster (or out of every cluster) by decision of the
	 * secretariat.
	 */
	void placeIn(ThematicCluster newCluster) {
		this.cluster = newCluster;
		this.clusterBasis = (newCluster != null) ? ClusterBasis.SECRETARIAT : null;
	}

}
