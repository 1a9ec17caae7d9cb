/**
 * Capacity building for civil society and practitioners: a library of guides, training
 * courses, toolkits and videos in the six languages, and trainings and workshops that
 * organisations register for, with a waiting list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Capacity building")
package org.palermo.capacity;
