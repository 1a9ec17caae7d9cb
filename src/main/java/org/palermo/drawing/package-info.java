/**
 * The drawing of lots: which States review which State under review, for each instrument,
 * drawn in the open from a committed seed so that anyone can re-run a published draw and
 * get the same result.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drawing of lots")
package org.palermo.drawing;
