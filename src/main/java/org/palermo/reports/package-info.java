/**
 * Documents of the Mechanism rendered for reading and printing: PDF (with the fonts of
 * the six languages bundled, Arabic right to left) and DOCX, from a plain outline any
 * module gives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.palermo.reports;
