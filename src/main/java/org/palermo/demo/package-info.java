/**
 * Demo data for trying Palermo: accounts for every role placed in a plausible review.
 * Loaded on first start of the default profile only, never in {@code prod}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.palermo.demo;
