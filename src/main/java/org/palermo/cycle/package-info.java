/**
 * The review cycle: review groups, phases and the country reviews of each State under
 * review, cluster by cluster, with its reviewing States.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review cycle")
package org.palermo.cycle;
