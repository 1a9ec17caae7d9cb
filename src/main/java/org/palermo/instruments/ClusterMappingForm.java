package org.palermo.instruments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The secretariat's move of one article to a cluster ({@code NONE} for outside every
 * cluster).
 */
record ClusterMappingForm(long version, @Pattern(regexp = "NONE|I|II|III|IV") String cluster,
		@NotBlank @Size(max = 1000) String reason) {

	ThematicCluster targetCluster() {
		return (this.cluster == null || this.cluster.isBlank() || "NONE".equals(this.cluster)) ? null
				: ThematicCluster.valueOf(this.cluster);
	}

}
