/**
 * Self-assessment questionnaires: the template of each cluster, the State under review's
 * answers drafted together by its experts, cleared and submitted by its focal point, and
 * read by its reviewing States once submitted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Questionnaires")
package org.palermo.questionnaires;
