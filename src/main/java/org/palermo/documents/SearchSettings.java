package org.palermo.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code palermo.search}.
 *
 * @param opensearchUrl an OpenSearch cluster, e.g. {@code http://search:9200}; unset: the
 * embedded Lucene index under the data dir
 * @param opensearchIndex the index name in OpenSearch
 * @param opensearchUsername user for OpenSearch basic authentication, or unset
 * @param opensearchPassword its password, from the environment
 * @param rebuildOnStart whether a missing, broken or outdated index is rebuilt on start
 */
@ConfigurationProperties("palermo.search")
record SearchSettings(String opensearchUrl, String opensearchIndex, String opensearchUsername,
		String opensearchPassword, Boolean rebuildOnStart) {

	SearchSettings {
		rebuildOnStart = (rebuildOnStart != null) ? rebuildOnStart : Boolean.TRUE;
		opensearchIndex = (opensearchIndex != null && !opensearchIndex.isBlank()) ? opensearchIndex : "palermo";
	}

	boolean usesOpenSearch() {
		return this.opensearchUrl != null && !this.opensearchUrl.isBlank();
	}

}
