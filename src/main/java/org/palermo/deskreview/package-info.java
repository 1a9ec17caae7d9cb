/**
 * The desk review: written feedback of each reviewing State, the list of observations
 * agreed with the State under review, and the clearance of each party.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Desk review")
package org.palermo.deskreview;
