/**
 * Who did what, and when: an append-only record of every change to reference data,
 * accounts and review content, written in the same transaction as the change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.palermo.audit;
