package org.palermo.instruments;

import java.util.List;

/** An instrument as the public API shows it. */
record InstrumentJson(String code, String title, List<ArticleJson> articles) {

	/**
	 * One article with its cluster ({@code null} when outside every cluster) and the
	 * basis of that placement.
	 */
	record ArticleJson(int number, String title, String cluster, String clusterBasis) {

	}

}
