package org.palermo.instruments;

/**
 * Why an article sits in its cluster: known practice, a shipped default, or a secretariat
 * decision.
 */
public enum ClusterBasis {

	PRACTICE, DEFAULT, SECRETARIAT;

	public String labelKey() {
		return "clusterBasis." + name();
	}

}
