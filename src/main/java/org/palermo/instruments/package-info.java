/**
 * The Convention and its three Protocols, their articles and the four thematic clusters
 * the Review Mechanism reviews them by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instruments")
package org.palermo.instruments;
