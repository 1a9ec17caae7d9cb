package org.palermo.instruments;

/** The four thematic clusters a country review goes through, one per two-year phase. */
public enum ThematicCluster {

	I, II, III, IV;

	/** Message key of the cluster's name. */
	public String nameKey() {
		return "cluster." + name();
	}

}
